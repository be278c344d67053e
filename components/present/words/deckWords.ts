/**
 * The words the deck's client parts use (the deck, its toolbar and notices, the speaker notes, the
 * presenter view, the editor, "Download PowerPoint"), as the server page hands them over
 * (deckWords.server.ts: the page's slices of the catalogue, compiled), and how the client fills
 * them in: no catalogue and no ICU parser ship. Pure.
 */
import { formatMessage, type CompiledMessage, type MessageValues } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';

export type { AddToBriefingWords, DeckWords } from './deckWords.server';

/** A compiled message in the page's language, its arguments filled. */
export function say(words: { locale: SiteLocale }, message: CompiledMessage, values?: MessageValues): string {
  return formatMessage(message, LOCALE_TAGS[words.locale], values);
}

/** "A, B and C" in the page's language. */
export function listText(words: { locale: SiteLocale }, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE_TAGS[words.locale], { type: 'conjunction' }).format(items);
}
