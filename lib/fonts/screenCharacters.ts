/**
 * The characters the screen's Inter files hold (scripts/fonts/interScreenFonts.ts): what the site
 * writes in any language, and what a reader may type, of what each of Inter's files maps.
 *
 * Latin (preloaded on every page, so before the lede's first paint in Lighthouse's simulation):
 *
 * - Printable ASCII, the Latin-1 Supplement and Windows-1252's Œ œ (names typed into search or a
 *   custom deck's titles: é, ü, ß, ñ …).
 * - Every string of the three catalogues (English text, and the Latin letters, figures and
 *   punctuation of the Russian and Chinese pages, which draw them in Inter too).
 * - Every string of every dataset: names of events, places, sources and their quotes (state and
 *   place names such as Türkiye, Żagań or İzmir).
 * - What `Intl` writes into numbers, dates and ranges (no-break and thin spaces, the minus sign,
 *   the en dash) and the typographic punctuation of the site's own sentences.
 *
 *
 * Cyrillic (preloaded on Russian pages): the Russian alphabet, and every character of the catalogues
 * and datasets (the same set as Latin's: the font script keeps what the Cyrillic file maps).
 *
 * A character outside them (a reader's typed Vietnamese or Ukrainian, say) is still drawn: the
 * browser takes it from the next font of the stack. Pure; the font script filters each set to what
 * the package's file maps.
 */
import { DATASETS } from '../../data/registry';
import { en } from '../../locales/en';
import { ru } from '../../locales/ru';
import { zh } from '../../locales/zh';
import { collect } from './cjkCharacters';

/** Printable ASCII (U+0020–U+007E), Latin-1's printable half (U+00A0–U+00FF), Œ œ. */
const TYPED = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
  '\u0152\u0153',
].join('');

/** Spaces, signs and punctuation `Intl` and the site's sentences use. */
const TYPOGRAPHY = '\u2009\u202f\u2011\u2012\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2032\u2033\u2039\u203a\u2212\u00d7\u2190\u2191\u2192\u2193\u2248\u2264\u2265\u20ac\u2122';

/** The Russian alphabet, capitals and small letters, with Ё ё and the numero sign. */
const RUSSIAN = [
  ...Array.from({ length: 0x450 - 0x410 }, (_, i) => String.fromCharCode(0x410 + i)),
  '\u0401\u0451\u2116',
].join('');

export type ScreenScript = 'latin' | 'cyrillic';

/** Every character the screen's file for `script` should hold, if the font has it, sorted by code point. */
export function screenCharacters(script: ScreenScript): string[] {
  const chars = new Set<string>();
  collect([TYPED, TYPOGRAPHY, en, ru, zh], chars);
  for (const dataset of DATASETS) collect(dataset.rows, chars);
  if (script === 'cyrillic') collect(RUSSIAN, chars);
  return [...chars].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20).sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}
