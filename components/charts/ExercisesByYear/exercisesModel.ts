/**
 * The exercises-by-year chart's model as its layout and plot need it: a bin per year, counts by
 * kind, and each bin's words already written in the page's language (exercisesWords.ts, on the
 * server). No dataset, schema values or catalogue are imported: it is bundled with the plot, which
 * lays itself out in the browser.
 */
import type { ExerciseKind } from '@/data/schema';

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

/** A year with its words. */
export interface LabelledBin extends YearBin {
  /** "2 exercises (1 military, 1 law enforcement)". */
  text: string;
  /** The stack's accessible name: "2014: 2 exercises (…)". */
  name: string;
}
