import { beforeAll, describe, expect, it } from 'vitest';
import { nearestWeight, type FontSet } from './exportFont';
import { loadTestFonts } from './testFonts';
import { TextShaper } from './textShaper';

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

  it('draws text as absolute path data on its baseline, anchored like SVG text', () => {
    const d = shaper.path('Hi', 10, 50, 20, 700);
    expect(d).toMatch(/^M[\d. -]+/);
    const ys = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0])).filter((_, i) => i % 2 === 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(50.01); // cap letters sit on the baseline
    expect(Math.min(...ys)).toBeGreaterThan(50 - 20); // and are shorter than the font size
    const end = shaper.path('Hi', 10, 50, 20, 700, 'end');
    const xs = [...end.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0])).filter((_, i) => i % 2 === 0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(10.01);
  });

  it('knows which scripts the Latin subset covers', () => {
    expect(shaper.covers('Members of the SCO, 2017 — “as of” 1,200 × 675', 400)).toBe(true);
    expect(shaper.covers('Шанхайская организация', 400)).toBe(false);
  });
});
