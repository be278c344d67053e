/**
 * The ChartContext built from the datasets, for server components only: the bibliography,
 * country names from data/states.ts in the page's language and the data date. Client components never import this.
 */
import { DATA_AS_OF } from '@/data/meta';
import { SEED, sources } from '@/data/sources';
import type { State } from '@/data/schema';
import { states } from '@/data/states';
import { stateName } from '@/lib/messages/stateNames';
import type { SiteLocale } from '@/lib/messages/locales';
import type { ChartContext } from './chartContext';

export function serverContext(locale: SiteLocale): ChartContext {
  const countryNames: Record<string, string> = {};
  const rows: readonly State[] = states;
  for (const s of rows) countryNames[s.id] = stateName(s.id, s.name, locale);
  return { locale, sources, countryNames, asOf: DATA_AS_OF };
}

/** The article's source id: its publisher leads every source line. */
export const FIRST_SOURCE_ID = SEED;
