import { beforeAll, describe, expect, it } from 'vitest';
import { nearestWeight, type FontSet } from './exportFont';
import { loadTestFonts } from './testFonts';
import { TextShaper } from './textShaper';

/** The absolute points of path data (M/L/Q/C, absolute or relative, and z). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (const [, op = '', args = ''] of d.matchAll(/([MLQCZmlqcz])([^MLQCZmlqcz]*)/g)) {
    const nums = [...args.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
    if (op === 'z' || op === 'Z') {
      cx = sx;
      cy = sy;
      continue;
    }
    const relative = op === op.toLowerCase();
    const pts: [number, number][] = [];
    for (let i = 0; i + 1 < nums.length; i += 2) pts.push([(nums[i] ?? 0) + (relative ? cx : 0), (nums[i + 1] ?? 0) + (relative ? cy : 0)]);
    out.push(...pts);
    const end = pts[pts.length - 1];
    if (end) [cx, cy] = end;
    if (op === 'M') [sx, sy] = [cx, cy];
  }
  return out;
}

let fonts: FontSet;
let shaper: TextShaper;

beforeAll(async () => {
  fonts = await loadTestFonts();
  shaper = new TextShaper(fonts);
});

describe('export fonts', () => {
  it('reads Inter’s kerning from its GPOS extension lookups', () => {
    const { font, kerning } = fonts[700];
    const pair = (a: string, b: string) => kerning(font.charToGlyph(a).index, font.charToGlyph(b).index);
    expect(pair('A', 'V')).toBeLessThan(0);
    expect(pair('T', 'o')).toBeLessThan(0);
    expect(pair('H', 'H')).toBe(0);
  });

  it('maps CSS weights to the nearest file', () => {
    expect([nearestWeight('400'), nearestWeight(500), nearestWeight('600'), nearestWeight('bold'), nearestWeight(800)]).toEqual([
      400, 400, 600, 700, 700,
    ]);
  });
});

describe('TextShaper', () => {
  it('kerns: "AV" is narrower than "A" plus "V"', () => {
    expect(shaper.width('AV', 100, 400)).toBeLessThan(shaper.width('A', 100, 400) + shaper.width('V', 100, 400) - 1);
  });

  it('scales width with size and weight', () => {
    const w = shaper.width('Shanghai Cooperation Organization', 16, 400);
    expect(shaper.width('Shanghai Cooperation Organization', 32, 400)).toBeCloseTo(w * 2, 5);
    expect(shaper.width('Shanghai Cooperation Organization', 16, 700)).toBeGreaterThan(w);
    // Inter at 16px sets this in roughly 250px.
    expect(w).toBeGreaterThan(200);
    expect(w).toBeLessThan(300);
  });

  it('draws text as path data on its baseline, anchored like SVG text', () => {
    const d = shaper.path('Hi', 10, 50, 20, 700);
    expect(d).toMatch(/^M[\d.]+ [\d.]+/);
    const pts = points(d);
    const ys = pts.map(([, y]) => y);
    expect(Math.max(...ys)).toBeCloseTo(50, 1); // cap letters sit on the baseline
    expect(Math.min(...ys)).toBeGreaterThan(50 - 20); // and are shorter than the font size
    expect(Math.min(...pts.map(([x]) => x))).toBeGreaterThanOrEqual(10);
    const end = points(shaper.path('Hi', 10, 50, 20, 700, 'end'));
    expect(Math.max(...end.map(([x]) => x))).toBeLessThanOrEqual(10.01);
    const middle = points(shaper.path('Hi', 10, 50, 20, 700, 'middle'));
    const xs = middle.map(([x]) => x);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(10, 0);
  });

  it('gives spaces the subset lacks their Unicode width, so labels joined by an em space keep their gap', () => {
    const gap = shaper.width('61\u2003·', 20, 400) - shaper.width('61', 20, 400) - shaper.width('·', 20, 400);
    expect(gap).toBeCloseTo(20, 0);
    expect(shaper.covers('Russia\u2003\u202f41', 400)).toBe(true);
    expect(shaper.path('\u2003', 0, 0, 20, 400)).toBe('');
  });

  it('draws a non-breaking hyphen as a hyphen rather than giving up on the label', () => {
    expect(shaper.covers('Kyrgyz\u2011Tajik', 400)).toBe(true);
    expect(shaper.width('a\u2011b', 20, 400)).toBeCloseTo(shaper.width('a-b', 20, 400), 5);
  });

  it('knows which scripts the Latin subset covers', () => {
    expect(shaper.covers('Members of the SCO, 2017 — “as of” 1,200 × 675', 400)).toBe(true);
    expect(shaper.covers('Шанхайская организация', 400)).toBe(false);
  });
});
