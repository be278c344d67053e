/**
 * Writes the advance-width tables lib/text/measureText.ts measures with, read with fontkit (the
 * export's font engine) from the font files the site and the export draw with:
 *
 * - lib/text/interAdvances.ts: Inter 400/600/700 (public/fonts/, its Latin, Latin Extended and
 *   Cyrillic subsets) for every character of lib/text/metricsTable.ts, one number per character,
 *   plus the fallback for characters no table holds: the mean advance of the table's letters.
 * - lib/text/notoScAdvances.ts: Noto Sans SC (@fontsource/noto-sans-sc's per-range chunks) for
 *   the CJK blocks, as runs of code points with one advance (ideographs are all one em), so the
 *   module stays a few hundred bytes.
 *
 *   npx tsx scripts/text/buildTextMetrics.ts        # after changing the fonts or the table
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metricCodePoints } from '../../lib/text/metricsTable';
import { openFont, type FontAdvances } from './fontAdvances';

const ROOT = process.cwd();
export const METRICS_FILE = join(ROOT, 'lib', 'text', 'interAdvances.ts');
export const CJK_METRICS_FILE = join(ROOT, 'lib', 'text', 'notoScAdvances.ts');

export const TABLE_WEIGHTS = [400, 600, 700] as const;
type Weight = (typeof TABLE_WEIGHTS)[number];

const INTER_SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const NOTO_DIR = join(ROOT, 'node_modules', '@fontsource', 'noto-sans-sc', 'files');

/**
 * The blocks measured from Noto Sans SC: CJK radicals, punctuation, kana, bopomofo, Hangul, CJK
 * Extension A and Unified Ideographs, Yi; Hangul syllables; compatibility ideographs; vertical
 * and compatibility forms; full- and half-width forms. A run never crosses a block's edge.
 */
export const CJK_BLOCKS: readonly (readonly [number, number])[] = [
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
];

/** Characters the export draws with a look-alike Inter has (its shaper's substitutes). */
const SUBSTITUTES: Readonly<Record<number, number>> = { 0x2010: 0x2d, 0x2011: 0x2d };
/**
 * The Unicode spaces Inter lacks, in thousandths of an em: their width is defined by the standard
 * (em quad, em space 1 em; en quad 1/2; three-, four-, six-per-em; hair space), and any font a
 * browser falls back to sets them so. The figure and punctuation spaces take a digit's and a
 * period's width in Inter.
 */
const SPACE_WIDTHS: Readonly<Record<number, number | string>> = {
  0x2000: 500,
  0x2001: 1000,
  0x2003: 1000,
  0x2004: 1000 / 3,
  0x2005: 250,
  0x2006: 1000 / 6,
  0x2007: '0',
  0x2008: '.',
  0x200a: 100,
};
/** Drawn as nothing: soft hyphen, combining marks, format controls. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

export function interFiles(weight: Weight): string[] {
  return INTER_SUBSETS.map((subset) => join(ROOT, 'public', 'fonts', `inter-${subset}-${weight}-normal.woff`));
}

export function notoScFiles(weight: Weight): string[] {
  const chunk = new RegExp(`^noto-sans-sc-\\d+-${weight}-normal\\.woff2$`);
  return readdirSync(NOTO_DIR)
    .filter((name) => chunk.test(name))
    .sort()
    .map((name) => join(NOTO_DIR, name));
}

function advanceIn(fonts: readonly FontAdvances[], codePoint: number): number | undefined {
  for (const font of fonts) {
    const advance = font.advance(codePoint);
    if (advance !== undefined) return advance;
  }
  return undefined;
}

function interRow(weight: Weight): { widths: number[]; fallback: number } {
  const fonts = interFiles(weight).map(openFont);
  const points = metricCodePoints();
  const known = points.map((cp) => {
    const space = SPACE_WIDTHS[cp];
    if (space === undefined || advanceIn(fonts, cp) !== undefined) return advanceIn(fonts, SUBSTITUTES[cp] ?? cp);
    return typeof space === 'number' ? space : advanceIn(fonts, space.codePointAt(0) ?? 0);
  });
  const letters = known.filter((advance, i): advance is number => advance !== undefined && /^\p{L}$/u.test(String.fromCodePoint(points[i] ?? 0)));
  const fallback = Math.ceil(letters.reduce((sum, a) => sum + a, 0) / letters.length);
  const widths = known.map((advance, i) => {
    if (advance !== undefined) return Math.ceil(advance);
    return ZERO_WIDTH.test(String.fromCodePoint(points[i] ?? 0)) ? 0 : fallback;
  });
  return { widths, fallback };
}

/** `[from, to, advance]` runs over the code points Noto Sans SC has in CJK_BLOCKS; gaps between two characters of one advance join their run. */
function notoRuns(weight: Weight): [number, number, number][] {
  const advances = new Map<number, number>();
  for (const font of notoScFiles(weight).map(openFont)) {
    for (const cp of font.codePoints) {
      if (!advances.has(cp) && CJK_BLOCKS.some(([from, to]) => cp >= from && cp <= to)) advances.set(cp, Math.ceil(font.advance(cp) ?? 0));
    }
  }
  const runs: [number, number, number][] = [];
  for (const [from, to] of CJK_BLOCKS) {
    let run: [number, number, number] | undefined;
    for (let cp = from; cp <= to; cp++) {
      const advance = advances.get(cp);
      if (advance === undefined) continue;
      if (run && run[2] === advance) run[1] = cp;
      else runs.push((run = [cp, cp, advance]));
    }
  }
  return runs;
}

/** The source of lib/text/interAdvances.ts, from the fonts on disk. */
export function textMetricsSource(): string {
  const rows = TABLE_WEIGHTS.map((weight) => ({ weight, ...interRow(weight) }));
  return [
    '/* Generated by scripts/text/buildTextMetrics.ts from Inter (public/fonts/): do not edit. */',
    '/** Advance widths in thousandths of an em, per weight, for lib/text/metricsTable.ts\'s characters in order. */',
    'export const INTER_ADVANCES: Readonly<Record<400 | 600 | 700, readonly number[]>> = {',
    ...rows.map((r) => `  ${r.weight}: [${r.widths.join(',')}],`),
    '};',
    '',
    '/** For a character no table holds: the mean advance of the table\'s letters, per weight. */',
    `export const INTER_FALLBACK: Readonly<Record<400 | 600 | 700, number>> = { ${rows.map((r) => `${r.weight}: ${r.fallback}`).join(', ')} };`,
    '',
  ].join('\n');
}

/** The source of lib/text/notoScAdvances.ts, from @fontsource/noto-sans-sc. */
export function cjkMetricsSource(): string {
  const [first, ...others] = TABLE_WEIGHTS.map(notoRuns);
  const runs = first ?? [];
  // One table serves every weight: Noto Sans SC's CJK advances do not change with the weight.
  if (others.some((r) => JSON.stringify(r) !== JSON.stringify(runs))) throw new Error('Noto Sans SC CJK advances differ between weights: give notoScAdvances.ts one table per weight.');
  const hex = (n: number) => `0x${n.toString(16)}`;
  const em = runs.find(([from, to]) => from <= 0x4e00 && to >= 0x4e00)?.[2];
  if (em === undefined) throw new Error('Noto Sans SC has no 一 (U+4E00)');
  return [
    '/* Generated by scripts/text/buildTextMetrics.ts from Noto Sans SC (@fontsource/noto-sans-sc): do not edit. */',
    '/** `[first, last, advance]`: code points (sorted) set `advance` thousandths of an em wide, at 400, 600 and 700 alike. */',
    'export const NOTO_SC_RUNS: readonly (readonly [number, number, number])[] = [',
    ...runs.map(([from, to, advance]) => `  [${hex(from)}, ${hex(to)}, ${advance}],`),
    '];',
    '',
    '/** The blocks the runs cover: a character of these (or of the supplementary ideographic planes) the subset lacks is drawn by a fallback CJK font. */',
    `export const NOTO_SC_BLOCKS: readonly (readonly [number, number])[] = [${CJK_BLOCKS.map(([from, to]) => `[${hex(from)}, ${hex(to)}]`).join(', ')}];`,
    '',
    '/** The advance of an ideograph (一), which such a character is counted. */',
    `export const NOTO_SC_IDEOGRAPH = ${em};`,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('buildTextMetrics.ts')) {
  for (const [file, source] of [
    [METRICS_FILE, textMetricsSource()],
    [CJK_METRICS_FILE, cjkMetricsSource()],
  ] as const) {
    writeFileSync(file, source);
    console.log(`Wrote ${file} (${source.length} bytes).`);
  }
}
