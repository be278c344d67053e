/**
 * The ChartContext built from the datasets, for server components only: the bibliography,
 * country names from data/states.ts and the data date. Client components never import this.
 */
import { DATA_AS_OF } from '@/data/meta';
import { SEED, sources } from '@/data/sources';
import type { State } from '@/data/schema';
import { states } from '@/data/states';
import type { ChartContext } from './chartContext';

export function serverContext(): ChartContext {
  const countryNames: Record<string, string> = {};
  const rows: readonly State[] = states;
  for (const s of rows) countryNames[s.id] = s.name;
  return { sources, countryNames, asOf: DATA_AS_OF };
}

/** The article's source id: its publisher leads every source line. */
export const FIRST_SOURCE_ID = SEED;
