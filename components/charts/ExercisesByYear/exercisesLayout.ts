/**
 * The exercises-by-year chart's layout for any box: a stack per year, stacked by kind, years without
 * one kept as gaps. Pure; bundled with the plot, which lays itself out at its column's width.
 */
import type { ExerciseKind } from '@/data/schema';
import { KIND_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { scaleBand, scaleLinear } from 'd3-scale';
import { boxOf, byWidth, SIZE_BOX, type ChartBox, type ChartSize } from '../shared/sizes';
import { STRONG, textWidth } from '../shared/textWidth';
import { KINDS, type LabelledBin } from './exercisesModel';


/** The presets; a slide takes the full layout (a slide shows it larger than on screen). */
export const EXERCISES_BOXES: Readonly<Record<ChartSize, ChartBox>> = { ...SIZE_BOX, slide: SIZE_BOX.full };

/** Labels and ticks. */
const FONT = 13;

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

/** The layout for `size` (a preset or any box): as tall as the box where it has a height. */
export function exercisesLayout(bins: readonly LabelledBin[], size: ChartSize | ChartBox): ExercisesLayout {
  const box = boxOf(size, EXERCISES_BOXES);
  const font = FONT;
  const width = box.width;
  const height = Math.round(box.height ?? byWidth(width, 240, 320));
  // Room for the year labels centred under the first and last columns, and the count ticks at the left.
  const halfYear = textWidth('2000', font, STRONG) / 2 + 2;
  const plotLeft = Math.round(byWidth(width, 32, 40));
  const plotRight = width - Math.max(Math.round(byWidth(width, 8, 12)), halfYear);
  const plotTop = TOP;
  const plotBottom = height - BOTTOM;
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
  const needed = (textWidth('2000', font) + 8) / Math.max(1, x.step());
  const step = [1, 2, 5, 10].find((s) => s >= needed) ?? 10;
  const xTicks = bins.filter((b) => b.year % step === 0).map((b) => ({ year: b.year, x: round((x(b.year) ?? 0) + band / 2) }));
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
        name: b.name,
        x: round(x(b.year) ?? 0),
        width: round(band),
        segments,
        totalY: round(y(b.total)),
        total: b.total,
      };
    });
  const gap = (x.step() - band) / 2;
  const yearBands = bins.map((b) => ({ year: b.year, x0: round((x(b.year) ?? 0) - gap), x1: round((x(b.year) ?? 0) + band + gap) }));
  return { width, height, plotLeft, plotRight, plotTop, plotBottom, font, yTicks, xTicks, yearBands, stacks };
}
