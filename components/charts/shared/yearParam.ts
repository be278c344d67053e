/**
 * The `year` URL parameter the map and the charts that mark a year (membership, exercises) share: a year the chart shows, or
 * the latest one. Tiny and dependency-free: the chart's client leaf imports it.
 */
export const YEAR_PARAM = 'year';

export interface YearRange {
  minYear: number;
  maxYear: number;
}

/** The year in the URL when it is a whole year inside the range, else the latest year. */
export function yearFromParam(value: string | null | undefined, { minYear, maxYear }: YearRange): number {
  if (value === null || value === undefined || !/^\d{4}$/.test(value)) return maxYear;
  const year = Number(value);
  return year >= minYear && year <= maxYear ? year : maxYear;
}

/** The year a key press moves to (arrows step, Home/End jump), or undefined for other keys. */
export function yearForKey(key: string, year: number, { minYear, maxYear }: YearRange): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(maxYear, year + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(minYear, year - 1);
    case 'Home':
      return minYear;
    case 'End':
      return maxYear;
    default:
      return undefined;
  }
}
