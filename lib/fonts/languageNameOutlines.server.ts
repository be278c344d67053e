/**
 * The outlines of the switcher's other-language names (lib/fonts/languageNameFonts.ts), made on
 * the server from the two tiny font files with fontkit: the name shaped (kerning, advances), each
 * glyph's outline placed and flipped to SVG's y-down, in units of 1000 to the em. Server only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { LOCALE_NAMES, type SiteLocale } from '@/lib/messages/locales';
import { LANGUAGE_NAME_FILES, LINE_BOTTOM, LINE_TOP, namesToDraw, type NamedLocale, type NameOutline } from './languageNameFonts';

type PathCommand = { command: string; args: number[] };

const LETTER: Record<string, string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };

function openFont(locale: NamedLocale): Font {
  const font = create(readFileSync(join(process.cwd(), LANGUAGE_NAME_FILES[locale])));
  if (!('layout' in font)) throw new Error(`${LANGUAGE_NAME_FILES[locale]}: expected one font, got a collection`);
  return font;
}

/** `name` shaped in `font`, as one path 1000 units to the em, y down, starting at x = 0. */
export function outlineOf(font: Font, name: string): NameOutline {
  const k = 1000 / font.unitsPerEm;
  const run = font.layout(name);
  const parts: string[] = [];
  let x = 0;
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    const dx = x + (pos?.xOffset ?? 0);
    const dy = pos?.yOffset ?? 0;
    for (const { command, args } of glyph.path.commands as PathCommand[]) {
      const letter = LETTER[command];
      if (!letter) throw new Error(`unknown path command ${command}`);
      const points: string[] = [];
      for (let j = 0; j + 1 < args.length; j += 2) points.push(`${Math.round(((args[j] ?? 0) + dx) * k)} ${Math.round(-((args[j + 1] ?? 0) + dy) * k)}`);
      parts.push(letter + points.join(' '));
    }
    x += pos?.xAdvance ?? glyph.advanceWidth;
  });
  const width = Math.round(x * k);
  return { d: parts.join(''), viewBox: `0 ${-LINE_TOP * 1000} ${width} ${(LINE_TOP + LINE_BOTTOM) * 1000}` };
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
