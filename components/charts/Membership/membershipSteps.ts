/**
 * The parts of the membership chart's layout that every arrangement shares: the step lines of the
 * counts (their colours and rises) and the counts written beside the step chart's right end. Pure.
 */
import { STATUS_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { dodge } from '../shared/labelLayout';
import { SERIES_TOKEN, seriesValue, type LabelledYear, type SeriesKey, type YearCounts } from './membershipModel';

export interface StepPoint {
  x: number;
  y: number;
}

export interface StepPath {
  key: SeriesKey;
  /**
   * Segments by colour (the members line is Shanghai Five-coloured before 2001), each a list of
   * points for a `stepAfter` curve: one at the start of each year at its count, then one at the end
   * of the last year. A segment after another starts at the earlier count, so the rise is drawn.
   */
  segments: { points: StepPoint[]; token: ColorToken }[];
}

export interface EndLabel {
  key: SeriesKey;
  text: string;
  /** Where the text starts (anchor start) and its middle's height. */
  x: number;
  y: number;
  token: ColorToken;
}

export const round = (v: number) => Math.round(v * 10) / 10;

/** A series' count as the year's words write it ("10 members"). */
export const labelOf = (row: LabelledYear, key: SeriesKey): string => row.labels[key] ?? String(seriesValue(row, key));

/** Each series' step line, from its first non-zero year to the year after its last (its drop to zero). */
export function stepPaths(counts: readonly YearCounts[], active: readonly SeriesKey[], yearX: (year: number) => number, y: (value: number) => number): StepPath[] {
  return active.map((key) => {
    const first = counts.findIndex((c) => seriesValue(c, key) > 0);
    const lastNonZero = counts.length - 1 - [...counts].reverse().findIndex((c) => seriesValue(c, key) > 0);
    const span = counts.slice(first, Math.min(counts.length, lastNonZero + 2));
    const segments: StepPath['segments'] = [];
    let current: { points: StepPoint[]; token: ColorToken } | undefined;
    let prev: YearCounts | undefined;
    for (const c of span) {
      const token = key === 'members' && c.counts.shanghaiFive > 0 ? STATUS_TOKEN.shanghaiFive : SERIES_TOKEN[key];
      const yv = round(y(seriesValue(c, key)));
      const x0 = yearX(c.year);
      if (!current || current.token !== token) {
        // The previous segment runs to this year's start; this one rises from the earlier count.
        const before = prev ? round(y(seriesValue(prev, key))) : undefined;
        if (current && before !== undefined) current.points.push({ x: x0, y: before });
        current = { points: before === undefined ? [] : [{ x: x0, y: before }], token };
        segments.push(current);
      }
      current.points.push({ x: x0, y: yv });
      prev = c;
    }
    // The last segment runs to the end of its last year.
    if (current && prev) current.points.push({ x: yearX(prev.year + 1), y: round(y(seriesValue(prev, key))) });
    return { key, segments };
  });
}

/** A year's counts beside the step chart's right end (from `x`), each at its line's height, kept apart. */
export function besideLabels(row: LabelledYear, keys: readonly SeriesKey[], x: number, y: (value: number) => number, font: number, range: { min: number; max: number }): EndLabel[] {
  const positions = dodge(
    keys.map((k) => ({ target: y(seriesValue(row, k)), size: font + 3 })),
    { ...range, gap: 1 },
  );
  return keys.map((key, i) => ({ key, text: labelOf(row, key), x, y: round(positions[i] ?? 0), token: SERIES_TOKEN[key] }));
}
