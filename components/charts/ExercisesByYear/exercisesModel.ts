/**
 * The exercises-by-year chart's model as its layout and plot need it: a bin per year, counts by
 * kind, and the words for a bin. No dataset or schema values are imported: it is bundled with the
 * plot, which lays itself out in the browser.
 */
import type { ExerciseKind } from '@/data/schema';
import { format, messages } from '@/lib/i18n';

export const EXERCISES_CHART_ID = 'exercises-by-year';

/** The kinds, bottom-up in each stack (the schema's order). */
export const KINDS: readonly ExerciseKind[] = ['military', 'lawEnforcement', 'cyber', 'borderOperation'];

export interface YearBin {
  year: number;
  /** Sources of the year's exercises, each once. */
  sourceIds: string[];
  total: number;
  byKind: Record<ExerciseKind, number>;
  /** Names of the year's exercises by kind, in date order. */
  names: Record<ExerciseKind, string[]>;
}

export function kindLabel(kind: ExerciseKind): string {
  return messages().data.exerciseKind[kind];
}

/** "2 exercises (1 military, 1 law enforcement)". */
export function binText(bin: YearBin): string {
  const t = messages().charts.exercises;
  if (bin.total === 0) return t.none;
  const total = bin.total === 1 ? t.totalOne : format(t.total, { count: bin.total });
  const parts = KINDS.filter((k) => bin.byKind[k] > 0).map((k) => `${bin.byKind[k]} ${kindLabel(k).toLocaleLowerCase('en')}`);
  return `${total} (${parts.join(', ')})`;
}
