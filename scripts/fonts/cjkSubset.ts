/**
 * Noto Sans SC cut down to the characters the site draws in Chinese (`cjkSubsetCharacters`), one
 * WOFF2 per weight in public/fonts/generated/ (git-ignored; written by scripts/prebuild.ts, and by
 * vitest.setup.ts for a fresh clone): the export outlines Chinese words with it, on a machine with
 * no CJK font. For the screen, the 400 weight's Chinese characters are also cut into two files
 * (lib/fonts/cjkScreenFont.ts: the home page's characters, then the rest), which the Chinese
 * pages declare by unicode-range, so a page fetches only what it writes.
 *
 * The source is @fontsource/noto-sans-sc's file of the Simplified Chinese set (7,947 characters).
 * Each character it lacks is mapped to the package's per-range chunk that holds it: a CJK one stops
 * the build (naming the chunk); a symbol (← → ⌘, which the English pages also leave to the reader's
 * fonts) is left out and listed in the build log.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import subsetFont from 'subset-font';
import { CJK_RANGE, cjkSubsetCharacters } from '../../lib/fonts/cjkCharacters';
import { cjkScreenFileName, cjkScreenSlices, type CjkScreenSlice } from '../../lib/fonts/cjkScreenFont';

export { CJK_RANGE };

const ROOT = join(__dirname, '..', '..');
const PACKAGE = join(ROOT, 'node_modules', '@fontsource', 'noto-sans-sc');

/** The weights the export draws with (400, 600, 700), which are also the pages' weights. */
export const CJK_WEIGHTS = [400, 600, 700] as const;
export type CjkWeight = (typeof CJK_WEIGHTS)[number];

export const CJK_SUBSET_DIR = join(ROOT, 'public', 'fonts', 'generated');

/** The file of one weight, in public/fonts/generated/ (served as /fonts/generated/…). */
export function cjkSubsetFile(weight: CjkWeight): string {
  return join(CJK_SUBSET_DIR, `noto-sans-sc-${weight}.woff2`);
}

/** One of the screen font's two files (lib/fonts/cjkScreenFont.ts). */
export function cjkScreenFile(slice: CjkScreenSlice): string {
  return join(CJK_SUBSET_DIR, cjkScreenFileName(slice));
}

const SCREEN_SLICES = [1, 2] as const;

const MANIFEST = join(CJK_SUBSET_DIR, 'noto-sans-sc.json');

function sourceFile(weight: CjkWeight): string {
  return join(PACKAGE, 'files', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`);
}

/** Which of the package's per-range chunks ("noto-sans-sc-[97]-400-normal") holds a code point. */
function chunkOf(codePoint: number, weight: CjkWeight): string | undefined {
  const css = readFileSync(join(PACKAGE, `${weight}.css`), 'utf8');
  for (const [, name = '', ranges = ''] of css.matchAll(/\/\* (\S+) \*\/[^}]*?unicode-range: ([^;]+);/g)) {
    for (const range of ranges.split(',')) {
      const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
      if (codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16)) return name;
    }
  }
  return undefined;
}

function openFont(bytes: Buffer): Font {
  const font = create(bytes);
  if (!('unitsPerEm' in font)) throw new Error('expected one font, got a collection');
  return font;
}

function describe(char: string, weight: CjkWeight): string {
  const cp = char.codePointAt(0) ?? 0;
  return `${char} U+${cp.toString(16).toUpperCase()} (in ${chunkOf(cp, weight) ?? 'no chunk'})`;
}

export interface CjkSubsetResult {
  characters: number;
  /** Symbols of the catalogue the source lacks, left to the reader's fonts (with their chunk). */
  leftOut: string[];
  bytes: Record<CjkWeight, number>;
  /** The screen font's two files. */
  screenBytes: Record<CjkScreenSlice, number>;
  written: boolean;
}

/**
 * Writes the three weights' subsets unless the files are there for the same characters already
 * (the manifest keeps their hash), so a rebuild leaves them, and their times, alone.
 */
export async function buildCjkSubset(force = false): Promise<CjkSubsetResult> {
  const wanted = cjkSubsetCharacters();
  const source400 = openFont(readFileSync(sourceFile(400)));
  const lacking = wanted.filter((c) => c.trim() !== '' && !source400.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
  const cjkLacking = lacking.filter((c) => CJK_RANGE.test(c));
  if (cjkLacking.length > 0) throw new Error(`Noto Sans SC lacks ${cjkLacking.length} Chinese character(s) the site uses: ${cjkLacking.map((c) => describe(c, 400)).join(', ')}`);
  const leftOut = lacking.map((c) => describe(c, 400));
  const chars = wanted.filter((c) => !lacking.includes(c));
  const text = chars.join('');
  const slices = cjkScreenSlices();
  const hash = createHash('sha256').update(`${text}\n${slices[1].join('')}\n${slices[2].join('')}`).digest('hex');
  const upToDate =
    !force &&
    existsSync(MANIFEST) &&
    CJK_WEIGHTS.every((w) => existsSync(cjkSubsetFile(w))) &&
    SCREEN_SLICES.every((s) => existsSync(cjkScreenFile(s))) &&
    (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { hash?: string }).hash === hash;
  const bytes = {} as Record<CjkWeight, number>;
  const screenBytes = {} as Record<CjkScreenSlice, number>;
  if (upToDate) {
    for (const w of CJK_WEIGHTS) bytes[w] = readFileSync(cjkSubsetFile(w)).byteLength;
    for (const s of SCREEN_SLICES) screenBytes[s] = readFileSync(cjkScreenFile(s)).byteLength;
    return { characters: chars.length, leftOut, bytes, screenBytes, written: false };
  }
  mkdirSync(CJK_SUBSET_DIR, { recursive: true });
  for (const weight of CJK_WEIGHTS) {
    const source = readFileSync(sourceFile(weight));
    const subset = await subsetFont(source, text, { targetFormat: 'woff2' });
    writeFileSync(cjkSubsetFile(weight), subset);
    bytes[weight] = subset.byteLength;
  }
  const screenSource = readFileSync(sourceFile(400));
  for (const slice of SCREEN_SLICES) {
    const file = await subsetFont(screenSource, slices[slice].join(''), { targetFormat: 'woff2' });
    writeFileSync(cjkScreenFile(slice), file);
    screenBytes[slice] = file.byteLength;
  }
  writeFileSync(MANIFEST, `${JSON.stringify({ hash, characters: chars.length, bytes, screenBytes }, null, 1)}\n`);
  return { characters: chars.length, leftOut, bytes, screenBytes, written: true };
}

/** One line for the build log. */
export function describeCjkSubset(result: CjkSubsetResult): string {
  const sizes = CJK_WEIGHTS.map((w) => `${w}: ${(result.bytes[w] / 1024).toFixed(1)} KB`).join(', ');
  const left = result.leftOut.length > 0 ? ` Left to the reader's fonts: ${result.leftOut.join(', ')}.` : '';
  const screen = SCREEN_SLICES.map((s) => `${s}: ${(result.screenBytes[s] / 1024).toFixed(1)} KB`).join(', ');
  return `${result.written ? 'Wrote' : 'Kept'} public/fonts/generated/noto-sans-sc-*.woff2 (${result.characters} characters; ${sizes}; the screen's two files ${screen}).${left}`;
}
