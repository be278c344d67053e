import { describe, expect, it } from 'vitest';
import { LINE_BOTTOM, LINE_TOP, namesToDraw } from './languageNameFonts';
import { nameOutline, nameOutlinesFor } from './languageNameOutlines.server';

/** Every point of a path (M/L/Q/C with absolute coordinates). */
function points(d: string): [number, number][] {
  const nums = d.match(/-?\d+/g)?.map(Number) ?? [];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i] ?? 0, nums[i + 1] ?? 0]);
  return out;
}

describe('the switcher’s language names', () => {
  it('draws on each page the names its own fonts lack', () => {
    expect(namesToDraw('en')).toEqual(['ru', 'zh']);
    expect(namesToDraw('ru')).toEqual(['zh']);
    expect(namesToDraw('zh')).toEqual(['ru']);
    expect(Object.keys(nameOutlinesFor('ru'))).toEqual(['zh']);
  });

  it('draws 中文 as two full-width glyphs standing on the baseline', () => {
    const { d, viewBox } = nameOutline('zh');
    expect(viewBox).toBe(`0 ${-LINE_TOP * 1000} 2000 ${(LINE_TOP + LINE_BOTTOM) * 1000}`);
    const ps = points(d);
    const xs = ps.map((p) => p[0]);
    const ys = ps.map((p) => p[1]);
    // Ink in both halves (both characters), inside the box, mostly above the baseline.
    expect(xs.some((x) => x < 1000) && xs.some((x) => x > 1000)).toBe(true);
    expect(Math.min(...ys)).toBeGreaterThan(-LINE_TOP * 1000);
    expect(Math.max(...ys)).toBeLessThan(LINE_BOTTOM * 1000);
    expect(Math.min(...ys)).toBeLessThan(-600);
  });

  it('draws Русский letter by letter, as wide as Inter sets it', () => {
    const { d, viewBox } = nameOutline('ru');
    const width = Number(viewBox.split(' ')[2]);
    // Seven letters of Inter at 400: about 0.58 em each.
    expect(width).toBeGreaterThan(3500);
    expect(width).toBeLessThan(4500);
    // Seven outlines, Р's bowl and ... : at least one subpath per letter.
    expect((d.match(/M/g) ?? []).length).toBeGreaterThanOrEqual(7);
    expect(Math.max(...points(d).map((p) => p[0]))).toBeLessThanOrEqual(width);
  });
});
