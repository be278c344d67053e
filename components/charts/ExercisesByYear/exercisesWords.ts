/**
 * The exercises-by-year chart's words in the page's language, written on the server: a year's
 * summary ("2 exercises (1 military, 1 law enforcement)") and name. The plot gets them as strings
 * in the model (LabelledBin).
 */
import type { ExerciseKind } from '@/data/schema';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { KINDS, type LabelledBin, type YearBin } from './exercisesModel';

export function kindLabel(kind: ExerciseKind, locale: Locale): string {
  return messages(locale).data.exerciseKind[kind];
}

/** "2 exercises (1 military, 1 law enforcement)"; "none found in the sources read" for a gap year. */
export function binText(bin: YearBin, locale: Locale): string {
  const t = messages(locale).charts.exercises;
  if (bin.total === 0) return t.none;
  const total = bin.total === 1 ? t.totalOne : format(t.total, { count: bin.total }, locale);
  const list = new Intl.ListFormat(LOCALE_TAGS[locale], { style: 'narrow', type: 'conjunction' });
  const kinds = list.format(KINDS.filter((k) => bin.byKind[k] > 0).map((k) => format(t.kindCounts[k], { count: bin.byKind[k] }, locale)));
  return format(t.summary, { total, kinds }, locale);
}

/** Each year with its words: the summary and the stack's accessible name ("2014: 2 exercises (…)"). */
export function labelBins(bins: readonly YearBin[], locale: Locale): LabelledBin[] {
  const t = messages(locale).charts.exercises;
  return bins.map((b) => {
    const text = binText(b, locale);
    return { ...b, text, name: format(t.yearName, { year: b.year, summary: text }, locale) };
  });
}
