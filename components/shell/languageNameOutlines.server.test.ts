import { describe, expect, it } from 'vitest';
import { contours } from '@/components/export/fonts/testing/rasterizePath';
import { LINE_BOTTOM, LINE_TOP } from '@/lib/fonts/languageNameFonts';
import { nameOutline, nameOutlinesFor } from './languageNameOutlines.server';

const points = (d: string) => contours(d).flat();

describe('the switcher’s drawn names', () => {
  it('gives a page the outlines of the names its fonts lack', () => {
    expect(Object.keys(nameOutlinesFor('en'))).toEqual(['ru', 'zh']);
    expect(Object.keys(nameOutlinesFor('ru'))).toEqual(['zh']);
  });

  it('draws 中文 as two full-width glyphs standing on the baseline', () => {
    const { d, viewBox } = nameOutline('zh');
    expect(viewBox).toBe(`0 ${-LINE_TOP * 1000} 2000 ${(LINE_TOP + LINE_BOTTOM) * 1000}`);
    const ps = points(d);
    const xs = ps.map((p) => p[0]);
    const ys = ps.map((p) => p[1]);
    // Ink in both halves (both characters), inside the box, reaching well above the baseline.
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
    expect(contours(d).length).toBeGreaterThanOrEqual(7);
    const xs = points(d).map((p) => p[0]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(width);
  });
});
