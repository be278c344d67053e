/**
 * Text widths in Arial, the font the slides' text boxes use (on every PowerPoint; LibreOffice
 * draws it with the metric-compatible Liberation Sans), so the layout knows how many lines a
 * title or a source line takes without a browser. Advance widths of printable ASCII from the
 * Helvetica AFM files (Arial's widths are the same), in 1/1000 em; other characters get a
 * typical width. No kerning: the estimate errs a little wide, which is the safe side.
 */
import type { TextMeasure } from '../fonts/textShaper';

// ' ' (32) to '~' (126).
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584,
  584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
  278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500,
  500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584,
  584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
  333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556,
  556, 500, 389, 280, 389, 584,
];

/** Common non-ASCII characters in the atlas's words (dashes, quotes, the middle dot, ×, €…). */
const OTHER: Readonly<Record<string, number>> = {
  '–': 556,
  '—': 1000,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '·': 278,
  '…': 1000,
  '×': 584,
  '•': 350,
  '\u00a0': 278,
};

/** Latin letters with accents are as wide as their base letter; anything else as wide as a digit,
 * or a full em for CJK and other wide scripts. */
function otherWidth(ch: string, table: readonly number[]): number {
  const known = OTHER[ch];
  if (known !== undefined) return known;
  const base = ch.normalize('NFKD').charCodeAt(0);
  if (base >= 32 && base <= 126) return table[base - 32] ?? 556;
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x1100 ? 1000 : 600;
}

export const arialMeasure: TextMeasure = {
  width(text, size, weight) {
    const table = weight >= 600 ? BOLD : REGULAR;
    let units = 0;
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      units += code >= 32 && code <= 126 && ch.length === 1 ? (table[code - 32] ?? 556) : otherWidth(ch, table);
    }
    return (units / 1000) * size;
  },
};
