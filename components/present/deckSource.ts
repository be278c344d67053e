/**
 * Which deck a page shows and where it is kept. A deck in the URL (`?deck=…`) wins, so a link
 * opens what was sent; without one, the deck kept in this browser (localStorage, written by the
 * editor and by "Add to briefing") so a reload loses no work; else the default briefing. Pure: the
 * storage is passed in.
 */
import { isDefaultDeck, type Slide } from './deck';
import { decodeDeck, encodeDeck, type IgnoredPart, type IgnoredReason } from './deckCodec';
import type { ViewChecker } from './viewQuery';

import { DECK_STORAGE_KEY } from './slideCode';

export { DECK_STORAGE_KEY };

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DeckSource {
  slides: Slide[];
  /** The deck's `deck` parameter (canonical), or null for the default deck. */
  param: string | null;
  origin: 'url' | 'stored' | 'default';
  /** Parts of the URL's deck that were left out. */
  ignored: IgnoredPart[];
  /** Slides of the URL's deck whose view was partly reset. */
  adjusted: number[];
  /** Why the URL's deck could not be read at all (the default is shown instead). */
  failed?: IgnoredReason;
}

/** The `deck` parameter of a deck: null for the default one. */
export function deckParam(slides: readonly Slide[], defaults: readonly Slide[]): string | null {
  return isDefaultDeck(slides, defaults) ? null : encodeDeck(slides, defaults);
}

export function chooseDeck(urlParam: string | null, stored: string | null, defaults: readonly Slide[], views: ViewChecker): DeckSource {
  const fallback: DeckSource = { slides: [...defaults], param: null, origin: 'default', ignored: [], adjusted: [] };
  if (urlParam !== null) {
    const decoded = decodeDeck(urlParam, defaults, views);
    if (decoded.slides.length === 0) return { ...fallback, ignored: decoded.ignored, failed: decoded.ignored[0]?.reason ?? 'malformed' };
    return { slides: decoded.slides, param: deckParam(decoded.slides, defaults), origin: 'url', ignored: decoded.ignored, adjusted: decoded.adjusted };
  }
  if (stored !== null) {
    const decoded = decodeDeck(stored, defaults, views);
    if (decoded.slides.length > 0) {
      const param = deckParam(decoded.slides, defaults);
      if (param !== null) return { slides: decoded.slides, param, origin: 'stored', ignored: [], adjusted: [] };
    }
  }
  return fallback;
}

/** Reads the stored deck; storage may be blocked (private windows, policies). */
export function readStoredDeck(storage: StorageLike | undefined): string | null {
  try {
    return storage?.getItem(DECK_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Keeps the deck (or forgets it, for the default deck). False when storage refused. */
export function storeDeck(storage: StorageLike | undefined, param: string | null): boolean {
  if (!storage) return false;
  try {
    if (param === null) storage.removeItem(DECK_STORAGE_KEY);
    else storage.setItem(DECK_STORAGE_KEY, param);
    return true;
  } catch {
    return false;
  }
}
