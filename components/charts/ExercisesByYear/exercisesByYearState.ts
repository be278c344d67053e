/**
 * Joint exercises per year, stacked by kind: every year from the first exercise to the data
 * date's year (years without one stay on the axis as gaps), each exercise counted once, in the
 * year it began. Pure: the page passes the exercises in.
 */
import type { Exercise, ExerciseKind } from '@/data/schema';
import { chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { buildSourceLine } from '@/components/frame/frameWords';
import { KIND_TOKEN } from '@/components/frame/tokens';
import { format, messages, type Locale } from '@/lib/i18n';
import { tipLine } from '../shared/tipLine';
import { citedSourceIds } from '@/lib/tableCells';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import type { Tip } from '../shared/ChartInteraction';
import type { TableData } from '../shared/tableData';
import { EXERCISES_CHART_ID, KINDS, type LabelledBin, type YearBin } from './exercisesModel';
import { kindLabel } from './exercisesWords';
import { compareIds } from '@/lib/compareIds';

export * from './exercisesModel';
export * from './exercisesLayout';
export { binText, kindLabel, labelBins } from './exercisesWords';

export type ExerciseInput = Pick<Exercise, 'id' | 'name' | 'kind' | 'start'> & Partial<Pick<Exercise, 'sources' | 'claims'>>;

const emptyByKind = <T,>(make: () => T): Record<ExerciseKind, T> => ({
  military: make(),
  lawEnforcement: make(),
  cyber: make(),
  borderOperation: make(),
});

/** The sources of what the chart shows of an exercise (its name, kind and date): the record's and its claims'. */
function exerciseSourceIds(e: ExerciseInput): string[] {
  return [...(e.sources ?? []).map((s) => s.sourceId), ...citedSourceIds({ claims: e.claims })];
}

/** One bin per year from the first exercise's year to `lastYear`; each exercise in its start year. */
export function yearBins(exercises: readonly ExerciseInput[], lastYear: number): YearBin[] {
  if (exercises.length === 0) return [];
  const sorted = [...exercises].sort((a, b) => compareIds(a.start, b.start) || compareIds(a.id, b.id));
  const first = Number(sorted[0]?.start.slice(0, 4));
  const last = Math.max(lastYear, ...sorted.map((e) => Number(e.start.slice(0, 4))));
  const bins: YearBin[] = [];
  for (let year = first; year <= last; year++) bins.push({ year, sourceIds: [], total: 0, byKind: emptyByKind(() => 0), names: emptyByKind((): string[] => []) });
  for (const e of sorted) {
    const bin = bins[Number(e.start.slice(0, 4)) - first];
    if (!bin) continue;
    bin.total += 1;
    bin.byKind[e.kind] += 1;
    bin.names[e.kind].push(e.name);
    for (const id of exerciseSourceIds(e)) if (!bin.sourceIds.includes(id)) bin.sourceIds.push(id);
  }
  return bins;
}

export function exerciseTips(bins: readonly LabelledBin[], locale: Locale): Record<string, Tip> {
  const tips: Record<string, Tip> = {};
  for (const bin of bins) {
    if (bin.total === 0) continue;
    tips[`exercises-${bin.year}`] = {
      title: bin.name,
      lines: KINDS.filter((k) => bin.byKind[k] > 0).map((k) => tipLine(kindLabel(k, locale), bin.names[k].join('; '), locale)),
    };
  }
  return tips;
}

// ---------------------------------------------------------------- table, frame

/** The rows as shown: one per year on the axis (gaps included), counts by kind and the names. */
export function toRows(bins: readonly YearBin[], ctx: ChartContext): TableData {
  const { locale } = ctx;
  const t = messages(locale).charts;
  const c = t.exercises.columns;
  return {
    caption: format(t.views.tableCaption, { title: t.exercises.title }, locale),
    columns: [
      { key: 'year', label: c.year, type: 'text' },
      { key: 'total', label: c.total, type: 'number' },
      ...KINDS.map((k) => ({ key: k, label: kindLabel(k, locale), type: 'number' as const })),
      { key: 'names', label: c.names, type: 'text' },
      { key: 'sources', label: c.sources, type: 'text' },
    ],
    rows: bins.map((b) => ({
      year: String(b.year),
      total: b.total,
      ...b.byKind,
      names: KINDS.flatMap((k) => b.names[k]).join('; '),
      sources: sourceNames(ctx, b.sourceIds),
    })),
    recordColumns: ['names'],
  };
}

export function exercisesLegend(bins: readonly YearBin[], locale: Locale): LegendItem[] {
  return KINDS.filter((k) => bins.some((b) => b.byKind[k] > 0)).map((k) => ({ label: kindLabel(k, locale), colorToken: KIND_TOKEN[k], shape: 'square' as const }));
}

export function exercisesFrameSpec(exercises: readonly ExerciseInput[], bins: readonly YearBin[], ctx: ChartContext, firstSourceId?: string): FrameSpec {
  const { locale } = ctx;
  const t = messages(locale).charts.exercises;
  return {
    title: t.title,
    subtitle: t.subtitle,
    legend: exercisesLegend(bins, locale),
    sourceLine: buildSourceLine(
      exercises.flatMap(exerciseSourceIds),
      ctx.sources,
      firstSourceId !== undefined ? { firstId: firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
      locale,
    ),
    asOf: ctx.asOf,
    url: chartPath(EXERCISES_CHART_ID, locale),
  };
}
