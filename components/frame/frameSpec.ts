/**
 * FrameSpec: everything a chart's frame says, as plain serialisable data.
 *
 * On screen `ChartFrame` renders it as HTML around the chart. The export module draws the very
 * same spec as SVG text around the chart's `<svg>` (PNG/SVG) and writes it above a CSV, so every
 * field is a final display string except `asOf` (a date; `asOfLine` in frameWords.ts words it).
 * Plain data and pure helpers, no catalogue: client leaves (the exporter) import it.
 */
import type { Source } from '@/data/schema';
import type { ColorToken } from './tokens';
import type { SiteLocale } from '@/lib/messages/locales';
import { paths } from '@/lib/paths';

export const LEGEND_SHAPE = {
  square: 'square',
  circle: 'circle',
  diamond: 'diamond',
  triangle: 'triangle',
  /** An empty ring: the value another source gives. */
  ring: 'ring',
  /** A striped square: a figure for part of a period. */
  hatched: 'hatched',
  /** A flag: a disputed or contested figure. */
  flag: 'flag',
  line: 'line',
  dashedLine: 'dashedLine',
  /** A map status's swatch: its colour with the texture the map fills it with (statusTexture.ts). */
  hatchTexture: 'hatchTexture',
  dotTexture: 'dotTexture',
  crossTexture: 'crossTexture',
  /** A border incident's marker. */
  star: 'star',
} as const;
export type LegendShape = (typeof LEGEND_SHAPE)[keyof typeof LEGEND_SHAPE];

export interface LegendItem {
  /** What the key means, as a reader sees it (for a size key: the measure, "Troops"). */
  label: string;
  /** CSS custom property that colours the marks (`tokenColor` / `tokenFallback` resolve it). */
  colorToken: ColorToken;
  shape: LegendShape;
  /**
   * A size key: marks of this shape at the radii the plot draws them (px at the plot's scale),
   * each with its value ("1,000"), as the map's legend shows them beside its markers.
   */
  sizes?: readonly LegendSize[];
}

export interface LegendSize {
  label: string;
  r: number;
}

/** Every word a legend item writes: its label and, for a size key, each size's value. */
export function legendWords(item: LegendItem): string[] {
  return [item.label, ...(item.sizes ?? []).map((s) => s.label)];
}

export interface FrameSpec {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** "Source: Su Chang & Li Xinwei (2021); TASS (2020, 2022)". */
  sourceLine: string;
  /** The date the data are current to (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): `DATA_AS_OF`. */
  asOf: string;
  /** Site-relative link of this view, e.g. `/charts/membership/?year=2017`; exports prefix the origin. */
  url: string;
}

/**
 * Who a source line names: an article's authors ("Su Chang & Li Xinwei"), else the publisher up
 * to its first comma outside parentheses ("The Hindu" from "The Hindu (Vladimir Radyuhin, Moscow)").
 */
export function shortPublisher(source: Pick<Source, 'publisher' | 'authors'>): string {
  if (source.authors !== undefined) return source.authors.join(' & ');
  const text = source.publisher;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      const head = text.slice(0, i).trim();
      if (head.length > 0) return head;
    }
  }
  // No top-level comma: drop a trailing parenthesis that itself holds a comma (a byline).
  const byline = /^(.+?)\s*\([^()]*,[^()]*\)$/.exec(text);
  return byline?.[1] ?? text;
}

export type SourceRow = Pick<Source, 'id' | 'publisher' | 'date' | 'authors'>;

/** "TASS (2021)": a source as the source line and tooltips name it; the id if it does not resolve. */
export function sourceShortLabel(id: string, sources: readonly SourceRow[]): string {
  const source = sources.find((s) => s.id === id);
  if (!source) return id;
  const name = shortPublisher(source);
  return source.date === undefined ? name : `${name} (${source.date.slice(0, 4)})`;
}

/** `/charts/<id>/`, the page of one chart (trailing slash: the site is a static export). */
export function chartPath(id: string, locale: SiteLocale, query: Record<string, string> = {}): string {
  return paths.chart(id, { locale, query });
}

/** How many publishers a frame's source line names before "and N more": two lines on a slide. */
export const SOURCE_LINE_MAX = 12;

/** The words of a source line in the page's language: its prefix ("Source: ") and its ending
 * past the limit ("; and 3 more (each row names its sources in the table)"). */
export interface SourceLineWords {
  prefix: string;
  more(count: number): string;
}

/**
 * The source line for the records a chart shows, from the source ids they cite: one entry per
 * publisher with the years of its sources ("TASS (2017, 2022)"), `firstId`'s publisher first
 * (the article), the rest in the locale's order; past `max` publishers it ends with `words.more`.
 * Ids that resolve to nothing are skipped (the validator reports them). Empty when nothing
 * resolves. Pure and safe in the browser: the words come with the call.
 */
export function sourceLineText(
  sourceIds: Iterable<string>,
  sources: readonly SourceRow[],
  options: { firstId?: string; max?: number },
  words: SourceLineWords,
  collation: string,
): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const years = new Map<string, Set<string>>();
  let first: string | undefined;
  for (const id of sourceIds) {
    const source = byId.get(id);
    if (!source) continue;
    const name = shortPublisher(source);
    if (id === options.firstId) first = name;
    const set = years.get(name) ?? new Set<string>();
    years.set(name, set);
    if (source.date !== undefined) set.add(source.date.slice(0, 4));
  }
  const names = [...years.keys()].filter((n) => n !== first).sort((a, b) => a.localeCompare(b, collation));
  if (first !== undefined) names.unshift(first);
  if (names.length === 0) return '';
  const parts = names.map((name) => {
    const ys = [...(years.get(name) ?? [])].sort();
    return ys.length > 0 ? `${name} (${ys.join(', ')})` : name;
  });
  const max = options.max ?? Infinity;
  const shown = parts.length > max ? parts.slice(0, max) : parts;
  const more = parts.length - shown.length;
  return `${words.prefix}${shown.join('; ')}${more > 0 ? words.more(more) : ''}`;
}
