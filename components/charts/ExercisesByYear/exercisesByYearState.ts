/**
 * Joint exercises per year, stacked by kind: every year from the first exercise to the data
 * date's year (years without one stay on the axis as gaps), each exercise counted once, in the
 * year it began. Pure: the page passes the exercises in.
 */
import { EXERCISE_KIND, type Exercise, type ExerciseKind } from '@/data/schema';
import { buildSourceLine, chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { KIND_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { format, messages } from '@/lib/i18n';
import { citedSourceIds } from '@/lib/tableCells';
import { scaleBand, scaleLinear } from 'd3-scale';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import type { Tip } from '../shared/ChartInteraction';
import type { ChartSize } from '../shared/sizes';
import type { TableData } from '../shared/tableData';
import { textWidth } from '../shared/textWidth';

export const EXERCISES_CHART_ID = 'exercises-by-year';

const KINDS = Object.values(EXERCISE_KIND);

export type ExerciseInput = Pick<Exercise, 'id' | 'name' | 'kind' | 'start'> & Partial<Pick<Exercise, 'sources' | 'claims'>>;

export interface YearBin {
  year: number;
  /** Sources of the year's exercises, each once. */
  sourceIds: string[];
  total: number;
  byKind: Record<ExerciseKind, number>;
  /** Names of the year's exercises by kind, in date order. */
  names: Record<ExerciseKind, string[]>;
}

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
  const sorted = [...exercises].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
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

function kindLabel(kind: ExerciseKind): string {
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

export function exerciseTips(bins: readonly YearBin[]): Record<string, Tip> {
  const tips: Record<string, Tip> = {};
  for (const bin of bins) {
    if (bin.total === 0) continue;
    tips[`exercises-${bin.year}`] = {
      title: `${bin.year}: ${binText(bin)}`,
      lines: KINDS.filter((k) => bin.byKind[k] > 0).map((k) => `${kindLabel(k)}: ${bin.names[k].join('; ')}`),
    };
  }
  return tips;
}

// ---------------------------------------------------------------- layout

export const EXERCISES_SIZES = {
  full: { width: 960, height: 320, left: 40, right: 12, font: 13 },
  compact: { width: 440, height: 240, left: 32, right: 8, font: 12 },
  /** A slide: the full layout (not drawn: the full and compact layouts both read well on a slide). */
  slide: { width: 960, height: 320, left: 40, right: 12, font: 13 },
} as const satisfies Record<ChartSize, { width: number; height: number; left: number; right: number; font: number }>;

const TOP = 22;
const BOTTOM = 28;

export interface StackLayout {
  year: number;
  id: string;
  name: string;
  x: number;
  width: number;
  /** Segments bottom-up in kind order. */
  segments: { kind: ExerciseKind; token: ColorToken; y: number; height: number }[];
  totalY: number;
  total: number;
}

export interface ExercisesLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  font: number;
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
  /** Each year's column, gaps included: where the map's year is marked. */
  yearBands: { year: number; x0: number; x1: number }[];
  stacks: StackLayout[];
}

const round = (v: number) => Math.round(v * 10) / 10;

export function exercisesLayout(bins: readonly YearBin[], size: ChartSize): ExercisesLayout {
  const dims = EXERCISES_SIZES[size];
  const plotLeft = dims.left;
  const plotRight = dims.width - dims.right;
  const plotTop = TOP;
  const plotBottom = dims.height - BOTTOM;
  const x = scaleBand<number>()
    .domain(bins.map((b) => b.year))
    .range([plotLeft, plotRight])
    .paddingInner(0.22)
    .paddingOuter(0.1);
  const max = Math.max(1, ...bins.map((b) => b.total));
  const y = scaleLinear().domain([0, max]).nice(Math.min(max, 5)).range([plotBottom, plotTop]);
  const yTicks = y
    .ticks(Math.min(max, 5))
    .filter(Number.isInteger)
    .map((value) => ({ value, y: round(y(value)) }));
  const band = x.bandwidth();
  // Label every 1, 2, 5 or 10 years: the smallest step whose labels do not touch.
  const needed = (textWidth('2000', dims.font) + 8) / Math.max(1, x.step());
  const step = [1, 2, 5, 10].find((s) => s >= needed) ?? 10;
  const xTicks = bins.filter((b) => b.year % step === 0).map((b) => ({ year: b.year, x: round((x(b.year) ?? 0) + band / 2) }));
  const t = messages().charts.exercises;
  const stacks: StackLayout[] = bins
    .filter((b) => b.total > 0)
    .map((b) => {
      let acc = 0;
      const segments = KINDS.filter((k) => b.byKind[k] > 0).map((kind) => {
        const y0 = y(acc);
        acc += b.byKind[kind];
        const y1 = y(acc);
        return { kind, token: KIND_TOKEN[kind], y: round(y1), height: round(y0 - y1) };
      });
      return {
        year: b.year,
        id: `exercises-${b.year}`,
        name: format(t.yearName, { year: b.year, summary: binText(b) }),
        x: round(x(b.year) ?? 0),
        width: round(band),
        segments,
        totalY: round(y(b.total)),
        total: b.total,
      };
    });
  const gap = (x.step() - band) / 2;
  const yearBands = bins.map((b) => ({ year: b.year, x0: round((x(b.year) ?? 0) - gap), x1: round((x(b.year) ?? 0) + band + gap) }));
  return { width: dims.width, height: dims.height, plotLeft, plotRight, plotTop, plotBottom, font: dims.font, yTicks, xTicks, yearBands, stacks };
}

// ---------------------------------------------------------------- table, frame

/** The rows as shown: one per year on the axis (gaps included), counts by kind and the names. */
export function toRows(bins: readonly YearBin[], ctx: ChartContext): TableData {
  const t = messages().charts;
  const c = t.exercises.columns;
  return {
    caption: format(t.views.tableCaption, { title: t.exercises.title }),
    columns: [
      { key: 'year', label: c.year, type: 'text' },
      { key: 'total', label: c.total, type: 'number' },
      ...KINDS.map((k) => ({ key: k, label: kindLabel(k), type: 'number' as const })),
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
  };
}

export function exercisesLegend(bins: readonly YearBin[]): LegendItem[] {
  return KINDS.filter((k) => bins.some((b) => b.byKind[k] > 0)).map((k) => ({ label: kindLabel(k), colorToken: KIND_TOKEN[k], shape: 'square' as const }));
}

export function exercisesFrameSpec(exercises: readonly ExerciseInput[], bins: readonly YearBin[], ctx: ChartContext, firstSourceId?: string): FrameSpec {
  const t = messages().charts.exercises;
  return {
    title: t.title,
    subtitle: t.subtitle,
    legend: exercisesLegend(bins),
    sourceLine: buildSourceLine(
      exercises.flatMap(exerciseSourceIds),
      ctx.sources,
      firstSourceId !== undefined ? { firstId: firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
    ),
    asOf: ctx.asOf,
    url: chartPath(EXERCISES_CHART_ID),
  };
}
