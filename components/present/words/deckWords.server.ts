/**
 * The deck pages' words for their client parts (see deckWords.ts): the slices of the catalogue of
 * `locale` they use, compiled here, on the server, once per locale. Server only.
 */
import { messages, type Locale } from '@/lib/i18n';
import { nameOutlinesFor } from '@/components/shell/languageNameOutlines.server';
import { compileMessages } from '@/lib/messages/compile.server';

function build(locale: Locale) {
  const m = messages(locale);
  return {
    locale,
    deck: compileMessages(m.present.deck),
    notes: compileMessages(m.present.notes),
    presenter: compileMessages(m.present.presenter),
    editor: compileMessages(m.present.editor),
    pptx: compileMessages(m.export.pptx),
    status: compileMessages(m.export.status),
    languageLabel: m.shell.language.label,
    languageNames: nameOutlinesFor(locale),
  };
}

export type DeckWords = ReturnType<typeof build>;

const cache = new Map<Locale, DeckWords>();

export function deckWords(locale: Locale): DeckWords {
  let hit = cache.get(locale);
  if (!hit) {
    hit = build(locale);
    cache.set(locale, hit);
  }
  return hit;
}

/** "Add to briefing"'s words (on the map and every chart). */
export function addToBriefingWords(locale: Locale) {
  return { locale, add: compileMessages(messages(locale).present.add) };
}

export type AddToBriefingWords = ReturnType<typeof addToBriefingWords>;
