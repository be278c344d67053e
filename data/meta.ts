/**
 * Facts about the datasets as a whole: the date they are current to, and the boundaries note
 * every map and export carries.
 */
import { dateBounds } from './validate';
import { DATASETS } from './registry';

const DATE_KEYS = new Set(['date', 'start', 'end', 'from', 'to', 'decided', 'inForce', 'asOf']);

function collectDates(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collectDates(v, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (DATE_KEYS.has(k) && typeof v === 'string' && dateBounds(v)) out.push(v);
      else collectDates(v, out);
    }
  }
}

/** The latest date any record states: what "data as of" means on every page and export. */
export function latestRecordDate(datasets = DATASETS): string {
  const dates: string[] = [];
  for (const ds of datasets) if (ds.id !== 'sources') collectDates(ds.rows, dates);
  let best = '1996';
  let bestStart = -Infinity;
  for (const d of dates) {
    const b = dateBounds(d);
    if (b && b[0] > bestStart) {
      bestStart = b[0];
      best = d;
    }
  }
  return best;
}

export const DATA_AS_OF: string = latestRecordDate();
