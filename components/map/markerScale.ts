/**
 * Marker sizes: area proportional to the figure (a square-root scale, as d3's clamped scaleSqrt
 * from [0, max] to [0, MAX_RADIUS], written out so that the map's bundle does not carry d3-scale
 * and its locale set-up), on one scale for all years so that sizes compare across the slider. An
 * event without a figure gets a small fixed size, and the legend and tooltip say that its size
 * means "not known", not "small".
 */

/** Radius (px at zoom 1) of a marker whose figure no source gives. */
export const UNKNOWN_RADIUS = 3.5;
/** Radius of the largest figure. */
export const MAX_RADIUS = 20;
/** No known figure is drawn smaller than this, so it never looks like "unknown". */
export const MIN_KNOWN_RADIUS = 5;

export type RadiusOf = (figure: number | null) => number;

/** A radius function for figures up to `max` (the largest in the data). */
export function radiusScale(max: number): RadiusOf {
  const top = Math.max(1, max);
  const scale = (figure: number) => MAX_RADIUS * Math.sqrt(Math.min(top, Math.max(0, figure)) / top);
  return (figure) => (figure === null ? UNKNOWN_RADIUS : Math.max(MIN_KNOWN_RADIUS, scale(figure)));
}

const NICE = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];

/** Up to three round figures for the size key: the largest at or below `max`, and two smaller
 * ones that differ visibly from it. */
export function sizeKeyValues(max: number): number[] {
  const fitting = NICE.filter((v) => v <= max);
  const top = fitting[fitting.length - 1];
  if (top === undefined) return max > 0 ? [max] : [];
  const picks = [top];
  for (const v of [...fitting].reverse()) {
    const last = picks[picks.length - 1] ?? top;
    if (picks.length < 3 && v <= last / 4) picks.push(v);
  }
  return picks.reverse();
}
