/**
 * The export's fonts: static Inter at 400, 600 and 700, parsed once from WOFF with opentype.js
 * (imported on first use, so it stays out of the page's first load), with GPOS kerning.
 */
import type { Font } from 'opentype.js';
import { gposKerning, type KerningFn } from './gposKerning';
import { woffTable } from './woff';

export const FONT_WEIGHTS = [400, 600, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

export interface ExportFont {
  font: Font;
  kerning: KerningFn;
}

export type FontSet = Record<FontWeight, ExportFont>;

/** The same-origin files the exporter fetches (copied from @fontsource/inter into public/fonts/). */
export function fontUrl(weight: FontWeight): string {
  return `/fonts/inter-latin-${weight}-normal.woff`;
}

/** The weight of the font file closest to a CSS font-weight ("bold", 650 → 700; 500 → 400). */
export function nearestWeight(cssWeight: string | number): FontWeight {
  const n = cssWeight === 'bold' || cssWeight === 'bolder' ? 700 : Number(cssWeight);
  if (!Number.isFinite(n) || n <= 500) return 400;
  return n <= 650 ? 600 : 700;
}

type OpentypeModule = typeof import('opentype.js');

async function opentypeParse(): Promise<OpentypeModule['parse']> {
  // The ESM build has named exports; Node's CommonJS interop puts them on `default`.
  const mod: OpentypeModule & { default?: OpentypeModule } = await import('opentype.js');
  const parse = typeof mod.parse === 'function' ? mod.parse : mod.default?.parse;
  if (typeof parse !== 'function') throw new Error('opentype.js has no parse()');
  return parse;
}

/**
 * Parses one WOFF file into an outline font with its kerning. Glyphs are read lazily
 * (`lowMemory`): an export touches a few dozen of the font's hundreds.
 */
export async function parseExportFont(woff: ArrayBuffer): Promise<ExportFont> {
  const [parse, gpos] = await Promise.all([opentypeParse(), woffTable(woff, 'GPOS')]);
  return { font: parse(woff, { lowMemory: true }), kerning: gposKerning(gpos) };
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

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}
