/**
 * Widths for the characters no export font draws, so a word that stays <text> is still measured
 * about right, and look-alikes for a few characters the fonts lack. Pure.
 */

/** Characters drawn with a look-alike the Latin subset has (a non-breaking hyphen is a hyphen). */
export const SUBSTITUTES: Readonly<Record<string, string>> = { '\u2010': '-', '\u2011': '-' };

/** Widths of Unicode spaces in em (U+2000–U+200A, U+202F, U+205F, U+3000); others as a space. */
const SPACE_EM: Readonly<Record<string, number>> = {
  '\u2000': 0.5,
  '\u2001': 1,
  '\u2002': 0.5,
  '\u2003': 1,
  '\u2004': 1 / 3,
  '\u2005': 1 / 4,
  '\u2006': 1 / 6,
  '\u2007': 0.6,
  '\u2008': 0.25,
  '\u2009': 0.2,
  '\u200a': 0.1,
  '\u202f': 0.2,
  '\u205f': 4 / 18,
  '\u3000': 1,
};

/**
 * Characters set a full em wide (CJK, kana, Hangul, full-width forms): what a fallback font
 * draws them at.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The advance in em of a character no font here has: a space its Unicode width (`spaceEm` for a
 * plain one), a wide character a full em, anything else 0.6 em.
 */
export function fallbackAdvance(char: string, spaceEm: number): number {
  if (/\s/u.test(char)) return SPACE_EM[char] ?? spaceEm;
  return WIDE.test(char) ? 1 : 0.6;
}
