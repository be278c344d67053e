import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRA_SUBSETS, nearestWeight, subsetsFor, type FontSet } from './exportFont';
import { loadTestFonts, loadTestSubset } from './testFonts';
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
  it('applies Inter’s kerning (GPOS, kept in extension lookups)', () => {
    const pair = (a: string, b: string) => shaper.width(a + b, 100, 700) - shaper.width(a, 100, 700) - shaper.width(b, 100, 700);
    expect(pair('A', 'V')).toBeLessThan(-1);
    expect(pair('T', 'o')).toBeLessThan(-1);
    expect(pair('H', 'H')).toBeCloseTo(0, 5);
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

describe('TextShaper with more of Inter’s subsets', () => {
  it('says which subsets a text needs beyond Latin', () => {
    expect(subsetsFor('Su Chang & Li Xinwei (2021); “The World” — 1,200 × 675')).toEqual([]);
    expect(subsetsFor('AVİM (Center for Eurasian Studies)')).toEqual(['latin-ext']);
    expect(subsetsFor('Ритм Евразии; Türkiye; AVİM')).toEqual(['latin-ext', 'cyrillic']);
    expect(subsetsFor('Κ and Қ and Việt')).toEqual(['cyrillic-ext', 'greek', 'vietnamese']);
    expect(subsetsFor('上海合作组织')).toEqual(['chinese-simplified']);
    expect(subsetsFor('上合组织，2017年')).toEqual(['chinese-simplified']);
  });

  it('each subset file draws the characters it is chosen for', async () => {
    const samples = { 'latin-ext': 'İşğŁő', cyrillic: 'ЖШЁщ', 'cyrillic-ext': 'ҚҮӘ', greek: 'ΩΣλ', vietnamese: 'ệẫộ', 'chinese-simplified': '上合组织，' } as const;
    for (const subset of EXTRA_SUBSETS) {
      const set = await loadTestSubset(subset);
      for (const char of samples[subset]) {
        expect(subsetsFor(char), char).toContain(subset);
        expect(set[400].hasGlyphForCodePoint(char.codePointAt(0) ?? 0), `${subset} ${char}`).toBe(true);
      }
    }
  });

  it('outlines Latin Extended and Cyrillic words with the subsets added, kerning within a font', async () => {
    const latinOnly = new TextShaper(fonts);
    expect(latinOnly.covers('AVİM', 400)).toBe(false);
    const more = new TextShaper(fonts, [await loadTestSubset('latin-ext')]);
    expect(more.covers('AVİM', 400)).toBe(true);
    expect(more.covers('Ритм Евразии', 400)).toBe(false);
    more.addFallback(await loadTestSubset('cyrillic'));
    expect(more.covers('Ритм Евразии (Ritm Eurasia); AVİM; Türkiye', 700)).toBe(true);
    // İ is as wide as I; the dotted capital is drawn, not left blank.
    expect(more.width('AVİM', 20, 400)).toBeCloseTo(more.width('AVIM', 20, 400), 0);
    expect(points(more.path('İ', 0, 50, 20, 400)).length).toBeGreaterThan(points(more.path('I', 0, 50, 20, 400)).length);
    expect(more.fontCount).toBe(3);
  });

  it('measures characters no subset has as a fallback font sets them (CJK a full em)', () => {
    expect(shaper.covers('上海', 400)).toBe(false);
    expect(shaper.width('上海', 20, 400)).toBeCloseTo(40, 5);
  });
});

describe('TextShaper for the Russian and Chinese pages', () => {
  it('outlines a Russian word in Inter’s Cyrillic: one glyph per letter, none missing, Inter’s widths', async () => {
    const ru = new TextShaper(fonts, [await loadTestSubset('cyrillic')]);
    const word = 'Безопасность';
    expect(ru.covers(word, 600)).toBe(true);
    const glyphs = ru.glyphIds(word, 600);
    expect(glyphs).toHaveLength(word.length);
    expect(glyphs.filter((g) => g.id === 0)).toEqual([]);
    expect(new Set(glyphs.map((g) => g.font)).size).toBe(1);
    const pts = points(ru.path(word, 0, 40, 20, 600));
    expect(pts.length).toBeGreaterThan(word.length * 4);
    // Inter's lower case is about 0.55–0.65 em wide: 12 letters at 20 px in roughly 130–160 px.
    const width = ru.width(word, 20, 600);
    expect(width).toBeGreaterThan(120);
    expect(width).toBeLessThan(170);
    expect(Math.max(...pts.map(([x]) => x))).toBeLessThanOrEqual(width + 0.5);
  });

  it('outlines Chinese in Noto Sans SC, a full em per character, figures in Inter', async () => {
    const zh = new TextShaper(fonts, [await loadTestSubset('cyrillic'), await loadTestSubset('chinese-simplified')]);
    const word = '上海合作组织';
    expect(zh.covers(word, 700)).toBe(true);
    const glyphs = zh.glyphIds(word, 700);
    expect(glyphs).toHaveLength(6);
    expect(glyphs.filter((g) => g.id === 0)).toEqual([]);
    expect(zh.width(word, 20, 700)).toBeCloseTo(120, 0);
    const pts = points(zh.path(word, 0, 40, 20, 700));
    expect(pts.length).toBeGreaterThan(6 * 10);
    // Ink stays within the line: above the baseline by at most the size, and within six ems.
    expect(Math.min(...pts.map(([, y]) => y))).toBeGreaterThan(40 - 20);
    expect(Math.max(...pts.map(([x]) => x))).toBeLessThanOrEqual(120.5);

    const mixed = zh.glyphIds('2017年', 400);
    expect(mixed).toHaveLength(5);
    expect(mixed[0]?.font).toBe(fonts[400]); // the figures in Inter, as on the page
    expect(mixed[4]?.font).not.toBe(fonts[400]);
  });

  it('leaves a Chinese character the subset lacks to the reader’s font, measured a full em', async () => {
    const zh = new TextShaper(fonts, [await loadTestSubset('chinese-simplified')]);
    expect(zh.covers('龘', 400)).toBe(false);
    expect(zh.width('龘', 20, 400)).toBeCloseTo(20, 5);
  });
});
