/**
 * The map's words for server code (the briefing's notes, tests): the same MapText object the
 * explorer builds in the browser from mapMessages(locale). Apart from mapMessages.server.ts, whose
 * type mapText.ts reads, so the two do not import each other.
 */
import type { Locale } from '@/lib/i18n';
import { mapMessages } from './mapMessages.server';
import { mapText, type MapText } from './mapText';

const texts = new Map<Locale, MapText>();

export function serverMapText(locale: Locale): MapText {
  let text = texts.get(locale);
  if (!text) {
    text = mapText(mapMessages(locale));
    texts.set(locale, text);
  }
  return text;
}
