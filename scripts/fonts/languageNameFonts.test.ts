/**
 * The switcher's name files (scripts/fonts/languageNameFonts.ts): each is what the script makes from
 * the installed packages, and draws every letter of its language's name.
 */
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { NAMED_LOCALES, nameCharacters } from '../../lib/fonts/languageNameFonts';
import { languageNameFont, nameFile } from './languageNameFonts';

describe('the language-name font files', () => {
  for (const locale of NAMED_LOCALES) {
    it(`${locale}: is what the script makes from the installed package`, async () => {
      expect((await languageNameFont(locale)).equals(readFileSync(nameFile(locale)))).toBe(true);
    });
    it(`${locale}: has a glyph for every letter of the name, and is small`, () => {
      const bytes = readFileSync(nameFile(locale));
      const font = create(bytes);
      if (!('hasGlyphForCodePoint' in font)) throw new Error('expected one font');
      for (const c of nameCharacters(locale)) expect(font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0), c).toBe(true);
      expect(bytes.length).toBeLessThan(4096);
    });
  }
});
