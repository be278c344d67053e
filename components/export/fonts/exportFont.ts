/**
 * The export's fonts: static Inter at 400, 600 and 700, read with fontkit (imported on first use,
 * so it stays out of the page's first load), which shapes with the fonts' GSUB and GPOS tables.
 *
 * The Latin subset is loaded for every export; the others (Latin Extended for "AVİM" or "Türkiye",
 * Cyrillic for "Ритм Евразии", Greek, Vietnamese, and Noto Sans SC cut to the site's Chinese) only
 * when the words to draw need them (`subsetsFor`), so every word is drawn in the site's fonts,
 * never in a wider fallback font that runs past the frame.
 */
import type { Font, FontCollection } from 'fontkit';
import { woffToSfnt } from './woffToSfnt';

export const FONT_WEIGHTS = [400, 600, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** One weight of one subset, parsed. */
export type ExportFont = Font;

export type FontSet = Record<FontWeight, ExportFont>;

/**
 * Inter's subsets as @fontsource/inter splits them, with the characters each holds (its CSS
 * unicode-range); then Noto Sans SC for Chinese (Han, CJK punctuation, full-width forms), whose
 * file holds only the characters the site writes (scripts/fonts/cjkSubset.ts).
 */
export const FONT_SUBSETS = {
  latin: '0000-00FF,0131,0152-0153,02BB-02BC,02C6,02DA,02DC,0304,0308,0329,2000-206F,20AC,2122,2191,2193,2212,2215,FEFF,FFFD',
  'latin-ext':
    '0100-02BA,02BD-02C5,02C7-02CC,02CE-02D7,02DD-02FF,0304,0308,0329,1D00-1DBF,1E00-1E9F,1EF2-1EFF,2020,20A0-20AB,20AD-20C0,2113,2C60-2C7F,A720-A7FF',
  cyrillic: '0301,0400-045F,0490-0491,04B0-04B1,2116',
  'cyrillic-ext': '0460-052F,1C80-1C8A,20B4,2DE0-2DFF,A640-A69F,FE2E-FE2F',
  greek: '0370-0377,037A-037F,0384-038A,038C,038E-03A1,03A3-03FF',
  vietnamese: '0102-0103,0110-0111,0128-0129,0168-0169,01A0-01A1,01AF-01B0,0300-0301,0303-0304,0308-0309,0323,0329,1EA0-1EF9,20AB',
  'chinese-simplified': '2E80-2FDF,3000-303F,3400-4DBF,4E00-9FFF,F900-FAFF,FE30-FE4F,FF00-FFEF',
} as const;

export type FontSubset = keyof typeof FONT_SUBSETS;

/** The subsets besides Latin, in the order they are tried. */
export const EXTRA_SUBSETS = ['latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese', 'chinese-simplified'] as const satisfies readonly FontSubset[];
export type ExtraSubset = (typeof EXTRA_SUBSETS)[number];

const RANGES: Record<FontSubset, [number, number][]> = Object.fromEntries(
  Object.entries(FONT_SUBSETS).map(([subset, ranges]) => [
    subset,
    ranges.split(',').map((range): [number, number] => {
      const [from = '0', to = from] = range.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  ]),
) as Record<FontSubset, [number, number][]>;

/** True when the subset's file holds a glyph for the code point. */
export function subsetHas(subset: FontSubset, codePoint: number): boolean {
  return RANGES[subset].some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The subsets besides Latin that the text needs: those holding a character the Latin file lacks. */
export function subsetsFor(text: string): ExtraSubset[] {
  const needed = new Set<ExtraSubset>();
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (subsetHas('latin', cp)) continue;
    const subset = EXTRA_SUBSETS.find((s) => subsetHas(s, cp));
    if (subset) needed.add(subset);
  }
  return EXTRA_SUBSETS.filter((s) => needed.has(s));
}

/**
 * The same-origin files the exporter fetches: Inter's copied from @fontsource/inter into
 * public/fonts/; Noto Sans SC's cut at build time into public/fonts/generated/.
 */
export function fontUrl(weight: FontWeight, subset: FontSubset = 'latin'): string {
  if (subset === 'chinese-simplified') return `/fonts/generated/noto-sans-sc-${weight}.woff2`;
  return `/fonts/inter-${subset}-${weight}-normal.woff`;
}

/** The weight of the font file closest to a CSS font-weight ("bold", 650 → 700; 500 → 400). */
export function nearestWeight(cssWeight: string | number): FontWeight {
  const n = cssWeight === 'bold' || cssWeight === 'bolder' ? 700 : Number(cssWeight);
  if (!Number.isFinite(n) || n <= 500) return 400;
  return n <= 650 ? 600 : 700;
}

/**
 * fontkit's `create`. Its types ask for a Node Buffer, but it reads any Uint8Array (a DataView over
 * it, TextDecoder for tags), which is all a browser has.
 */
type CreateFont = (bytes: Uint8Array) => Font | FontCollection;

let fontkitCreate: Promise<CreateFont> | undefined;

function loadFontkit(): Promise<CreateFont> {
  fontkitCreate ??= import('fontkit').then((mod) => mod.create as CreateFont);
  return fontkitCreate;
}

/** Parses one font file (WOFF, WOFF2 or TrueType). Glyphs and their outlines are read when first used. */
export async function parseExportFont(bytes: ArrayBuffer): Promise<ExportFont> {
  const [create, sfnt] = await Promise.all([loadFontkit(), woffToSfnt(bytes)]);
  const font = create(new Uint8Array(sfnt));
  if ('fonts' in font) throw new Error('a font collection, not one font');
  return font;
}

/** One value per weight, made side by side. */
async function byWeight<T>(make: (weight: FontWeight) => Promise<T>): Promise<Record<FontWeight, T>> {
  const [regular, semibold, bold] = await Promise.all([make(400), make(600), make(700)]);
  return { 400: regular, 600: semibold, 700: bold };
}

let fontFiles: Promise<Record<FontWeight, ArrayBuffer>> | undefined;
let fontSet: Promise<FontSet> | undefined;

/**
 * Fetches the three weights' files from this site's /fonts/ (never another origin), once per page.
 * Network only: the page prefetches them in idle time once the reader starts using it, and parsing
 * (tens of milliseconds of main thread) waits until an export is near (`loadFontSet`).
 */
export function fetchFontFiles(fetchFont: (url: string) => Promise<ArrayBuffer> = fetchBytes): Promise<Record<FontWeight, ArrayBuffer>> {
  if (!fontFiles) {
    fontFiles = byWeight((w) => fetchFont(fontUrl(w)));
    fontFiles.catch(() => {
      fontFiles = undefined;
    });
  }
  return fontFiles;
}

/**
 * Fetches (or takes the prefetched) and parses the three weights, once per page: later calls share
 * the same promise. A failure is not cached, so a later export retries.
 */
export function loadFontSet(fetchFont: (url: string) => Promise<ArrayBuffer> = fetchBytes): Promise<FontSet> {
  if (!fontSet) {
    fontSet = fetchFontFiles(fetchFont).then((files) => byWeight((w) => parseExportFont(files[w])));
    fontSet.catch(() => {
      fontSet = undefined;
    });
  }
  return fontSet;
}

const subsetSets = new Map<ExtraSubset, Promise<FontSet>>();

/**
 * One more subset's three weights, fetched and parsed once per page when some words need it
 * (`subsetsFor`). A failure is not cached.
 */
export function loadSubset(subset: ExtraSubset, fetchFont: (url: string) => Promise<ArrayBuffer> = fetchBytes): Promise<FontSet> {
  let set = subsetSets.get(subset);
  if (!set) {
    set = byWeight(async (w) => parseExportFont(await fetchFont(fontUrl(w, subset))));
    subsetSets.set(subset, set);
    set.catch(() => subsetSets.delete(subset));
  }
  return set;
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}
