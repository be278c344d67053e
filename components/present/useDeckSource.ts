'use client';
/**
 * The deck a page shows (deckSource.ts): read from the URL's `deck`, else this browser's stored
 * deck, else the default; every slide resolved to its words (SlideLibrary). A stored deck is put
 * in the address (replacing the entry), so the address always says which deck is on screen and a
 * copied link opens it. Must be inside <Suspense> (it reads the URL).
 */
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo } from 'react';
import type { Slide } from './deck';
import { DECK_PARAM } from './deckCodec';
import { chooseDeck, readStoredDeck, type DeckSource } from './deckSource';
import { resolveSlide, type ResolvedSlide, type SlideLibrary } from './slideText';
import { viewChecker, type ViewChecker } from './viewQuery';

export interface DeckData {
  source: DeckSource;
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
  const urlDeck = useSearchParams().get(DECK_PARAM);
  const views = useMemo(() => viewChecker(library.views), [library.views]);
  const source = useMemo(() => chooseDeck(urlDeck, urlDeck === null ? readStoredDeck(storage()) : null, defaults, views), [urlDeck, defaults, views]);
  const slides = useMemo(() => source.slides.map((s) => resolveSlide(s, library, views)), [source.slides, library, views]);

  // The address names the deck shown: a stored deck is added to it, a URL deck written canonically.
  useEffect(() => {
    const url = new URL(window.location.href);
    const current = url.searchParams.get(DECK_PARAM);
    if (source.param === current || (source.param === null && source.origin === 'default' && current === null)) return;
    if (source.param === null) url.searchParams.delete(DECK_PARAM);
    else url.searchParams.set(DECK_PARAM, source.param);
    window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  }, [source.param, source.origin]);

  return { source, slides, views };
}
