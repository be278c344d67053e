/**
 * The membership chart's layout for any box: a step chart of counts per year over a lane per state,
 * in plain numbers. Pure; bundled with the plot, which lays itself out at its column's width.
 */
import { FIRST_YEAR } from '@/lib/memberStatus';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { boxOf, byWidth, SIZE_BOX, type ChartBox, type ChartSize } from '../shared/sizes';
import { ellipsize, STRONG, textWidth } from '../shared/textWidth';
import { asOfInstant, asOfYear, SERIES, SERIES_TOKEN, seriesValue, type LabelledYear, type Lane, type SeriesKey } from './membershipModel';
import { besideLabels, labelOf, round, stepPaths, type EndLabel } from './membershipSteps';
import { membershipWide, WIDE_FROM } from './membershipWide';
import type { LaneLayout, MembershipLayout, YearColumn } from './membershipLayoutTypes';

export type { LaneLayout, MembershipLayout, YearColumn };

export type { EndLabel, StepPath, StepPoint } from './membershipSteps';

/**
 * The presets, the slide's laid out for the PowerPoint figure box (wide and short: a 16:9 slide
 * less its title and footer): the step chart beside the lanes in two columns (membershipWide.ts).
 */
export const MEMBERSHIP_BOXES: Readonly<Record<ChartSize, ChartBox>> = { ...SIZE_BOX, slide: { width: 1200, height: 300 } };

/** Text size of ticks, counts and the year; lane names are 1 px smaller (12 px: readable on a phone at 1:1). */
const FONT = 13;
/** Lane names need this pitch (lane and gap) at FONT - 1. */
const MIN_PITCH = 15;
const MIN_STEP_HEIGHT = 100;
/** A line of the counts' key under the axis (narrow layouts). */
const KEY_LINE = 17;
/** Space between two counts in the key. */
const KEY_GAP = 14;
/** From this width the counts stand beside the step chart's right end; narrower, in a key under its axis. */
const BESIDE_FROM = 600;

/** The dimensions for a width: narrow ones up to 440 px, the wide ones from 960, in proportion between. */
export function membershipDims(box: ChartBox) {
  const width = box.width;
  return {
    width,
    labelWidth: Math.round(byWidth(width, 96, 150)),
    stepHeight: Math.round(byWidth(width, 120, 180)),
    lane: Math.round(byWidth(width, 11, 15)),
    laneGap: Math.round(byWidth(width, 4, 5)),
    font: FONT,
  };
}

/** Room above the step chart for the selected year's label. */
const TOP = 22;
/** Between the step chart and the lanes: the year axis. */
const AXIS = 30;




/**
 * The layout for `size` (a preset or any box). With a height (a slide), the lanes and the step
 * chart are drawn closer to fit it, never with lane names below 12 px.
 */
export function membershipLayout(counts: readonly LabelledYear[], laneRows: readonly Lane[], asOf: string, size: ChartSize | ChartBox): MembershipLayout {
  const box = boxOf(size, MEMBERSHIP_BOXES);
  if (box.height !== undefined && box.width >= WIDE_FROM && box.width >= 2.5 * box.height) return membershipWide(counts, laneRows, asOf, { width: box.width, height: box.height });
  const dims = membershipDims(box);
  const font = dims.font;
  const width = dims.width;
  const active = SERIES.filter((k) => counts.some((c) => seriesValue(c, k) > 0));
  const labelled = (row: LabelledYear) => active.filter((k) => seriesValue(row, k) > 0);
  const widest = Math.max(0, ...counts.flatMap((c) => labelled(c).map((k) => textWidth(labelOf(c, k), font, STRONG))));
  const beside = width >= BESIDE_FROM;
  // The counts' key under the axis: as many lines as the year with the most needs.
  const keyRows = (row: LabelledYear) => {
    const rows: { key: SeriesKey; text: string; x: number; row: number }[] = [];
    let x = 0;
    let line = 0;
    for (const key of labelled(row)) {
      const text = labelOf(row, key);
      const w = textWidth(text, font, STRONG);
      if (x > 0 && x + w > width) {
        line += 1;
        x = 0;
      }
      rows.push({ key, text, x, row: line });
      x += w + KEY_GAP;
    }
    return rows;
  };
  const keyLines = beside ? 0 : Math.max(1, ...counts.map((c) => 1 + Math.max(-1, ...keyRows(c).map((r) => r.row))));

  // Room for the longest state name, within limits; longer names are cut.
  const longest = Math.max(0, ...laneRows.map((l) => textWidth(l.name, font - 1)));
  const plotLeft = Math.round(Math.min(Math.max(dims.labelWidth, longest + 12), width * 0.34));
  const plotRight = beside ? width - Math.max(40, widest + 10) : width - 8;
  const lastYear = asOfYear(asOf);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(FIRST_YEAR, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([plotLeft, plotRight]);
  const xAt = (t: number) => round(x(new Date(t)));
  const yearX = (year: number) => xAt(Date.UTC(year, 0, 1));

  // In a box with a height: lanes closer (down to MIN_PITCH), then a lower step chart.
  let pitch = dims.lane + dims.laneGap;
  let stepHeight = dims.stepHeight;
  const keyHeight = keyLines * KEY_LINE;
  if (box.height !== undefined) {
    const fixed = TOP + AXIS + keyHeight + 8;
    const room = box.height - fixed - stepHeight;
    if (laneRows.length > 0 && room < laneRows.length * pitch) pitch = Math.max(MIN_PITCH, Math.floor(room / laneRows.length));
    stepHeight = Math.max(MIN_STEP_HEIGHT, Math.min(stepHeight, box.height - fixed - laneRows.length * pitch));
  }
  const laneGap = Math.max(2, Math.min(dims.laneGap, pitch - 11));
  const laneHeight = pitch - laneGap;

  const stepTop = TOP;
  const stepBottom = TOP + stepHeight;
  const max = Math.max(1, ...counts.flatMap((c) => SERIES.map((k) => seriesValue(c, k))));
  const y = scaleLinear().domain([0, max]).nice(4).range([stepBottom, stepTop]);
  const yTicks = y.ticks(4).filter(Number.isInteger).map((value) => ({ value, y: round(y(value)) }));

  const halfLabel = textWidth('2000', font, STRONG) / 2 + 2;
  const years: YearColumn[] = counts.map((c) => ({
    year: c.year,
    x0: yearX(c.year),
    x1: yearX(c.year + 1),
    labelX: round(Math.min(width - halfLabel, Math.max(halfLabel, (yearX(c.year) + yearX(c.year + 1)) / 2))),
    name: c.name,
    bands: [],
  }));

  const steps = stepPaths(counts, active, yearX, y);

  const keyTop = stepBottom + AXIS;
  const labelsFor = (row: LabelledYear | undefined): EndLabel[] => {
    if (!row) return [];
    if (!beside) {
      return keyRows(row).map((r) => ({ key: r.key, text: r.text, x: r.x, y: keyTop + r.row * KEY_LINE + KEY_LINE / 2 - 4, token: SERIES_TOKEN[r.key] }));
    }
    return besideLabels(row, labelled(row), plotRight + 6, y, font, { min: stepTop - 8, max: stepBottom + 8 });
  };
  const endLabels = labelsFor(counts[counts.length - 1]);
  const endLabelsByYear: Record<number, EndLabel[]> = Object.fromEntries(counts.map((c) => [c.year, labelsFor(c)]));

  const lanesTop = keyTop + keyHeight;
  const asOfX = xAt(asOfInstant(asOf));
  const laneLayouts: LaneLayout[] = laneRows.map((lane, i) => ({
    id: lane.id,
    name: lane.name,
    label: ellipsize(lane.name, plotLeft - 8, font - 1),
    labelX: plotLeft - 6,
    y: lanesTop + i * pitch,
    periods: lane.periods.map((p) => {
      const x0 = xAt(p.start);
      // A status that still holds runs on (paler) to the end of the year band; min width keeps a
      // status that began on the data date visible.
      const x1 = p.open ? Math.max(plotRight, x0 + 3) : Math.max(xAt(p.end), x0 + 2);
      return { id: p.id, status: p.status, x0, x1: round(x1), asOfX: Math.min(asOfX, x1), open: p.open, name: p.name };
    }),
  }));
  const lanesBottom = lanesTop + laneRows.length * pitch - laneGap;

  // Regular ticks: every fifth year (2000, 2005, …), every tenth where five years are narrower
  // than a label; the first year is in the title.
  const every = (plotRight - plotLeft) / (lastYear + 1 - FIRST_YEAR) * 5 < textWidth('2000', font) + 8 ? 10 : 5;
  const ticks: MembershipLayout['xTicks'] = [];
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    if (year % every === 0) ticks.push({ year, x: round((yearX(year) + yearX(year + 1)) / 2), y: stepBottom + 18 });
  }

  return {
    width,
    height: Math.max(lanesBottom, stepBottom) + 8,
    plotLeft,
    plotRight,
    stepTop,
    stepBottom,
    lanesTop,
    lanesBottom,
    laneHeight,
    font,
    asOfLines: [{ x: asOfX, y1: stepTop, y2: lanesBottom }],
    yTicks,
    xTicks: ticks,
    years: years.map((y) => ({ ...y, bands: [{ x0: y.x0, x1: y.x1, top: stepTop - 4, bottom: lanesBottom + 4 }] })),
    steps,
    endLabels,
    endLabelsByYear,
    lanes: laneLayouts,
  };
}
