/**
 * The Noto Sans SC subset (written by vitest.setup.ts / the build) draws every character of the
 * Chinese catalogue and the Chinese state names, in each weight, and nothing it does not need.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { states } from '../../data/states';
import { stateName } from '../../lib/messages/stateNames';
import { catalogueCharacters } from '../../lib/fonts/cjkCharacters';
import { cjkScreenSlices } from '../../lib/fonts/cjkScreenFont';
import { CJK_RANGE, CJK_WEIGHTS, cjkScreenFile, cjkSubsetFile } from './cjkSubset';

/** Symbols of the catalogue that Noto Sans SC's Simplified Chinese file lacks (the build says so). */
const LEFT_TO_READER = new Set(['←', '→', '⌘']);

function subset(weight: (typeof CJK_WEIGHTS)[number]): Font {
  const font = create(readFileSync(cjkSubsetFile(weight)));
  if (!('unitsPerEm' in font)) throw new Error('a collection');
  return font;
}

const has = (font: Font, char: string) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0);

describe('Noto Sans SC subset', () => {
  it('has a glyph for every character of the zh catalogue, in 400, 600 and 700', () => {
    const chars = [...catalogueCharacters()].filter((c) => c.trim() !== '' && !LEFT_TO_READER.has(c));
    expect(chars.filter((c) => CJK_RANGE.test(c)).length).toBeGreaterThan(300);
    for (const weight of CJK_WEIGHTS) {
      const font = subset(weight);
      expect(chars.filter((c) => !has(font, c)), `missing in ${weight}`).toEqual([]);
    }
  });

  it('has every state’s Chinese name, digits and CJK punctuation', () => {
    const font = subset(400);
    const names = states.map((s) => stateName(s.id, s.name, 'zh')).join('');
    expect([...`${names}0123456789，。：；（）、《》年月日`].filter((c) => !has(font, c))).toEqual([]);
    expect(has(font, '蒙') && has(font, '国')).toBe(true); // 蒙古国, the curated name
  });

  it('is a subset: characters the site never writes are left out, so each weight stays small', () => {
    for (const weight of CJK_WEIGHTS) {
      const font = subset(weight);
      expect(has(font, '龘')).toBe(false);
      expect(font.characterSet.length).toBeLessThan(1500);
      expect(readFileSync(cjkSubsetFile(weight)).byteLength).toBeLessThan(160 * 1024);
    }
  });

  it('cuts the screen’s two files to their own characters', () => {
    const slices = cjkScreenSlices();
    for (const slice of [1, 2] as const) {
      const font = create(readFileSync(cjkScreenFile(slice)));
      if (!('unitsPerEm' in font)) throw new Error('a collection');
      expect(slices[slice].filter((c) => !has(font, c)), `missing in file ${slice}`).toEqual([]);
      const other = slices[slice === 1 ? 2 : 1];
      expect(other.filter((c) => has(font, c)), `file ${slice} holds the other file's characters`).toEqual([]);
    }
  });

  it('draws heavier strokes at heavier weights', () => {
    const ink = (weight: (typeof CJK_WEIGHTS)[number]) => {
      const glyph = subset(weight).glyphForCodePoint('国'.codePointAt(0) ?? 0);
      return glyph.path.commands.length > 0 ? Math.abs(area(glyph.path.commands)) : 0;
    };
    expect(ink(400)).toBeGreaterThan(0);
    expect(ink(700)).toBeGreaterThan(ink(400) * 1.15);
  });
});

/** Signed area of a glyph's outline (end points of each segment: close enough to compare weights). */
function area(commands: { command: string; args: number[] }[]): number {
  let sum = 0;
  let start: [number, number] = [0, 0];
  let last: [number, number] = [0, 0];
  for (const { command, args } of commands) {
    const end: [number, number] = command === 'closePath' ? start : [args[args.length - 2] ?? 0, args[args.length - 1] ?? 0];
    if (command === 'moveTo') start = end;
    else sum += last[0] * end[1] - end[0] * last[1];
    last = end;
  }
  return sum / 2;
}
