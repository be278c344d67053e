/**
 * The outlines of the switcher's other-language names (lib/fonts/languageNameFonts.ts), made on
 * the server from the two tiny font files with fontkit: the name shaped (kerning, advances), each
 * glyph's outline placed and flipped to SVG's y-down by the export's writer (glyphOutline.ts), in
 * units of 1000 to the em. Server only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { outlineOf as glyphOutline, pathData } from '@/components/export/fonts/glyphOutline';
import { LANGUAGE_NAME_FILES, LINE_BOTTOM, LINE_TOP, namesToDraw, type NamedLocale, type NameOutline } from '@/lib/fonts/languageNameFonts';
import { LOCALE_NAMES, type SiteLocale } from '@/lib/messages/locales';

function openFont(locale: NamedLocale): Font {
  const font = create(readFileSync(join(process.cwd(), LANGUAGE_NAME_FILES[locale])));
  if (!('layout' in font)) throw new Error(`${LANGUAGE_NAME_FILES[locale]}: expected one font, got a collection`);
  return font;
}

/** `name` shaped in `font`, as one path 1000 units to the em, y down, starting at x = 0 (the export's outline writer). */
export function outlineOf(font: Font, name: string): NameOutline {
  const scale = 1000 / font.unitsPerEm;
  const run = font.layout(name);
  let x = 0;
  let d = '';
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    d += pathData(glyphOutline(glyph), (x + (pos?.xOffset ?? 0)) * scale, -(pos?.yOffset ?? 0) * scale, scale);
    x += pos?.xAdvance ?? glyph.advanceWidth;
  });
  return { d, viewBox: `0 ${-LINE_TOP * 1000} ${Math.round(x * scale)} ${(LINE_TOP + LINE_BOTTOM) * 1000}` };
}

const cache = new Map<NamedLocale, NameOutline>();

/** The outline of a language's name in its file. */
export function nameOutline(locale: NamedLocale): NameOutline {
  let hit = cache.get(locale);
  if (!hit) {
    hit = outlineOf(openFont(locale), LOCALE_NAMES[locale]);
    cache.set(locale, hit);
  }
  return hit;
}

/** The outlines a page in `current` draws in its switcher. */
export function nameOutlinesFor(current: SiteLocale): Partial<Record<SiteLocale, NameOutline>> {
  return Object.fromEntries(namesToDraw(current).map((locale) => [locale, nameOutline(locale)]));
}
