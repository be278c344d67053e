'use client';
/**
 * The deck a page shows (deckSource.ts): read from the URL's `deck`, else this browser's stored
 * deck, else the default; every slide resolved to its words (SlideLibrary). A stored deck is put
 * in the address (replacing the entry), so the address always says which deck is on screen and a
 * copied link opens it. `useDeckSource` must be inside <Suspense> (it reads the URL).
 */
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import type { Slide } from './deck';
import { DECK_PARAM, withDeckParam } from './deckCodec';
import { chooseDeck, readStoredDeck, type DeckSource } from './deckSource';
import { resolveSlide, type ResolvedSlide, type SlideLibrary } from './slideText';
import { viewChecker, type ViewChecker } from './viewQuery';

export interface DeckData {
  source: DeckSource;
  /** The last reading of a URL deck that had something to say (parts left out, views reset, or
   * not readable at all): kept after the address is rewritten to the deck shown. */
  notice: DeckSource;
  slides: ResolvedSlide[];
  views: ViewChecker;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function useDeckSource(library: SlideLibrary, defaults: readonly Slide[]): DeckData {
  return useDeckSourceFrom(library, defaults, useSearchParams().get(DECK_PARAM));
}

/**
 * The same from a `deck` value already read: `undefined` while the URL is not read yet (the page
 * as built, and its hydration), which shows the default deck and leaves the address and this
 * browser's stored deck alone, so the built page hydrates in place.
 */
export function useDeckSourceFrom(library: SlideLibrary, defaults: readonly Slide[], urlDeck: string | null | undefined): DeckData {
  const views = useMemo(() => viewChecker(library.views), [library.views]);
  const source = useMemo(
    () => chooseDeck(urlDeck ?? null, urlDeck === null ? readStoredDeck(storage()) : null, defaults, views),
    [urlDeck, defaults, views],
  );
  const slides = useMemo(() => source.slides.map((s) => resolveSlide(s, library, views)), [source.slides, library, views]);
  const [notice, setNotice] = useState(source);
  if (source !== notice && (source.failed !== undefined || source.ignored.length > 0 || source.adjusted.length > 0)) setNotice(source);

  // The address names the deck shown: a stored deck is added to it, a URL deck written canonically.
  useEffect(() => {
    if (urlDeck === undefined) return;
    const current = new URL(window.location.href).searchParams.get(DECK_PARAM);
    if (source.param === current) return;
    window.history.replaceState(null, '', withDeckParam(window.location.href, source.param));
  }, [source.param, source.origin, urlDeck]);

  return { source, notice, slides, views };
}
