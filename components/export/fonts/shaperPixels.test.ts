/**
 * The fontkit shaper draws English words as the opentype.js shaper did: lines drawn by that
 * shaper before the move (testing/shaperReference.json: kerning, a bold title, digits, Türkiye,
 * AVİM and Cyrillic) and the same lines drawn now are filled pixel by pixel and compared.
 *
 * One change is on purpose: fontkit applies Inter's contextual alternates (`calt`) as browsers do,
 * so an en dash between figures ("2003–2024") is raised to the figures' middle, as on the page;
 * opentype.js drew it at lower-case height. Its columns are compared on their own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FontWeight } from './exportFont';
import { loadTestFonts, loadTestSubset } from './testFonts';
import { compare, inkRow, rasterize } from './testing/rasterizePath';
import reference from './testing/shaperReference.json';
import { TextShaper, type TextAnchor } from './textShaper';

interface ReferenceLine {
  text: string;
  size: number;
  weight: FontWeight;
  anchor: TextAnchor;
  x: number;
  y: number;
  width: number;
  d: string;
}

const LINES = reference as ReferenceLine[];
let shaper: TextShaper;

/** Pixel columns [from, to) of the en dashes between figures in a line (drawn higher now). */
function raisedDashes(line: ReferenceLine): [number, number][] {
  const width = shaper.width(line.text, line.size, line.weight);
  const left = line.anchor === 'start' ? line.x : line.anchor === 'middle' ? line.x - width / 2 : line.x - width;
  return [...line.text.matchAll(/(?<=\d)–(?=\d)/g)].map((m) => {
    const from = left + shaper.width(line.text.slice(0, m.index), line.size, line.weight);
    const to = left + shaper.width(line.text.slice(0, m.index + 1), line.size, line.weight);
    return [Math.floor(from), Math.ceil(to)];
  });
}

beforeAll(async () => {
  shaper = new TextShaper(await loadTestFonts(), [await loadTestSubset('latin-ext'), await loadTestSubset('cyrillic')]);
});

describe('fontkit outlines against the opentype.js reference', () => {
  it.each(LINES.map((line) => [line.text, line] as const))('%s', (_, line) => {
    const width = Math.ceil(line.width + 8);
    const height = Math.ceil(line.size * 1.5);
    const before = rasterize(line.d, width, height);
    const now = rasterize(shaper.path(line.text, line.x, line.y, line.size, line.weight, line.anchor), width, height);
    const dashes = raisedDashes(line);
    const result = compare(before, now, 0.25, dashes);
    expect(result.inked).toBeGreaterThan(line.text.length * 4);
    // Same words, same place: at most a few edge pixels differ by more than a quarter of their ink.
    expect(result.share, JSON.stringify(result)).toBeLessThan(0.01);
    expect(shaper.width(line.text, line.size, line.weight)).toBeCloseTo(line.width, 0);
    for (const [from, to] of dashes) {
      // The dash is drawn higher (a smaller row), by less than a fifth of the size.
      const lift = inkRow(before, from, to) - inkRow(now, from, to);
      expect(lift).toBeGreaterThan(0.5);
      expect(lift).toBeLessThan(line.size / 5);
    }
  });

  it('catches a line drawn differently (the comparison is not blind)', () => {
    const line = LINES[0] as ReferenceLine;
    const width = Math.ceil(line.width + 8);
    const height = Math.ceil(line.size * 1.5);
    const shifted = rasterize(shaper.path(line.text, line.x + 1, line.y, line.size, line.weight), width, height);
    const bolder = rasterize(shaper.path(line.text, line.x, line.y, line.size, 700), width, height);
    const before = rasterize(line.d, width, height);
    expect(compare(before, shifted).share).toBeGreaterThan(0.05);
    expect(compare(before, bolder).share).toBeGreaterThan(0.05);
  });
});
