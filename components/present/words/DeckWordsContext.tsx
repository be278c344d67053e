'use client';
/**
 * The deck's words for every client part below a deck page's root (Deck, Presenter, DeckEditor):
 * provided once there, read with `useDeckWords()`. `t(message, values)` fills a compiled message in
 * the page's language.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CompiledMessage, MessageValues } from '@/lib/messages/compiled';
import { say, type DeckWords } from './deckWords';

export interface DeckText {
  words: DeckWords;
  t: (message: CompiledMessage, values?: MessageValues) => string;
}

const DeckWordsContext = createContext<DeckWords | null>(null);

export function DeckWordsProvider({ words, children }: { words: DeckWords; children: ReactNode }) {
  return <DeckWordsContext.Provider value={words}>{children}</DeckWordsContext.Provider>;
}

export function useDeckWords(): DeckText {
  const words = useContext(DeckWordsContext);
  if (!words) throw new Error('useDeckWords outside a DeckWordsProvider');
  return useMemo(() => ({ words, t: (message, values) => say(words, message, values) }), [words]);
}
