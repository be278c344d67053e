/**
 * The membership chart laid out for a wide, short box (the PowerPoint figure box: a 16:9 slide less
 * its title and footer, about 2.3 : 1 with the legend above): the step chart of the counts at the
 * left, as tall as the lanes, and the lane of every state in two columns beside it, each panel with
 * its own year axis. The same marks and words as the tall layout, none smaller (lane names at
 * 12 px, counts and years at 13); only their arrangement differs. Pure.
 */
import { FIRST_YEAR } from '@/lib/memberStatus';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { ellipsize, STRONG, textWidth } from '../shared/textWidth';
import { asOfInstant, asOfYear, SERIES, seriesValue, type LabelledYear, type Lane } from './membershipModel';
import type { LaneLayout, MembershipLayout, YearColumn } from './membershipLayoutTypes';
import { besideLabels, labelOf, round, stepPaths } from './membershipSteps';

/** From this width (in a box with a height, at least 2.5 times as wide as high) the panels stand side by side. */
export const WIDE_FROM = 1000;

const FONT = 13;
/** Room above the panels for the selected year's label. */
const TOP = 22;
/** Below the panels: the year labels. */
const BOTTOM = 24;
/** Between the panels. */
const GAP = 28;
/** Lane names at 12 px need this pitch; more where the box is higher, up to MAX_PITCH. */
const MIN_PITCH = 15;
const MAX_PITCH = 20;
const COLUMNS = 2;
/** The step chart's share of the width (its counts beside it included). */
const STEP_SHARE = 0.34;

type XScale = (t: number) => number;

function timeScale(left: number, right: number, lastYear: number): XScale {
  const x = scaleUtc()
    .domain([new Date(Date.UTC(FIRST_YEAR, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([left, right]);
  return (t) => round(x(new Date(t)));
}

/** Year labels every fifth year, every tenth where five years are narrower than a label. */
function yearTicks(xAt: XScale, left: number, right: number, lastYear: number, y: number): MembershipLayout['xTicks'] {
  const every = ((right - left) / (lastYear + 1 - FIRST_YEAR)) * 5 < textWidth('2000', FONT) + 8 ? 10 : 5;
  const ticks: MembershipLayout['xTicks'] = [];
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    if (year % every === 0) ticks.push({ year, x: round((xAt(Date.UTC(year, 0, 1)) + xAt(Date.UTC(year + 1, 0, 1))) / 2), y });
  }
  return ticks;
}

export function membershipWide(counts: readonly LabelledYear[], laneRows: readonly Lane[], asOf: string, box: { width: number; height: number }): MembershipLayout {
  const { width } = box;
  const font = FONT;
  const lastYear = asOfYear(asOf);
  const asOfT = asOfInstant(asOf);
  const active = SERIES.filter((k) => counts.some((c) => seriesValue(c, k) > 0));
  const labelled = (row: LabelledYear) => active.filter((k) => seriesValue(row, k) > 0);

  // Lanes: as many rows as the longer column needs, as far apart as the box allows.
  const rows = Math.max(1, Math.ceil(laneRows.length / COLUMNS));
  const pitch = Math.max(MIN_PITCH, Math.min(MAX_PITCH, Math.floor((box.height - TOP - BOTTOM) / rows)));
  const laneGap = Math.max(2, Math.min(5, pitch - 11));
  const laneHeight = pitch - laneGap;
  const lanesTop = TOP;
  const lanesBottom = lanesTop + rows * pitch - laneGap;
  const axisY = lanesBottom + 18;

  // The step chart, as tall as the lanes: count ticks at its left, the counts at its right.
  const stepWidth = Math.round(width * STEP_SHARE);
  const stepTop = TOP;
  const stepBottom = lanesBottom;
  const max = Math.max(1, ...counts.flatMap((c) => SERIES.map((k) => seriesValue(c, k))));
  const y = scaleLinear().domain([0, max]).nice(4).range([stepBottom, stepTop]);
  const yTicks = y.ticks(4).filter(Number.isInteger).map((value) => ({ value, y: round(y(value)) }));
  const plotLeft = Math.max(0, ...yTicks.map((t) => textWidth(String(t.value), font))) + 10;
  const widest = Math.max(0, ...counts.flatMap((c) => labelled(c).map((k) => textWidth(labelOf(c, k), font, STRONG))));
  const plotRight = stepWidth - Math.max(40, widest + 10);
  const stepAt = timeScale(plotLeft, plotRight, lastYear);
  const stepYear = (year: number) => stepAt(Date.UTC(year, 0, 1));

  // The lane columns: names at the left of each, cut with "…" past 40 % of it.
  const columnWidth = (width - stepWidth - GAP * COLUMNS) / COLUMNS;
  const longest = Math.max(0, ...laneRows.map((l) => textWidth(l.name, font - 1)));
  const nameRoom = Math.round(Math.min(Math.max(60, longest + 12), columnWidth * 0.4));
  const halfYear = textWidth('2000', font) / 2 + 2;
  const columns = Array.from({ length: COLUMNS }, (_, c) => {
    const left = stepWidth + GAP + c * (columnWidth + GAP) + nameRoom;
    const right = round(stepWidth + GAP + c * (columnWidth + GAP) + columnWidth - halfYear);
    return { left, right, xAt: timeScale(left, right, lastYear), lanes: laneRows.slice(c * rows, (c + 1) * rows) };
  });

  const lanes: LaneLayout[] = columns.flatMap((col) =>
    col.lanes.map((lane, i) => {
      const asOfX = col.xAt(asOfT);
      return {
        id: lane.id,
        name: lane.name,
        label: ellipsize(lane.name, nameRoom - 8, font - 1),
        labelX: col.left - 6,
        y: lanesTop + i * pitch,
        periods: lane.periods.map((p) => {
          const x0 = col.xAt(p.start);
          const x1 = p.open ? Math.max(col.right, x0 + 3) : Math.max(col.xAt(p.end), x0 + 2);
          return { id: p.id, status: p.status, x0, x1: round(x1), asOfX: Math.min(asOfX, x1), open: p.open, name: p.name };
        }),
      };
    }),
  );

  const halfLabel = textWidth('2000', font, STRONG) / 2 + 2;
  const years: YearColumn[] = counts.map((c) => {
    const x0 = stepYear(c.year);
    const x1 = stepYear(c.year + 1);
    return {
      year: c.year,
      x0,
      x1,
      labelX: round(Math.min(stepWidth - halfLabel, Math.max(halfLabel, (x0 + x1) / 2))),
      name: c.name,
      bands: [
        { x0, x1, top: stepTop - 4, bottom: stepBottom + 4 },
        ...columns.map((col) => ({ x0: col.xAt(Date.UTC(c.year, 0, 1)), x1: col.xAt(Date.UTC(c.year + 1, 0, 1)), top: lanesTop - 4, bottom: lanesBottom + 4 })),
      ],
    };
  });

  const labelsFor = (row: LabelledYear | undefined) => (row ? besideLabels(row, labelled(row), plotRight + 6, y, font, { min: stepTop - 8, max: stepBottom + 8 }) : []);
  return {
    width,
    height: lanesBottom + BOTTOM,
    plotLeft,
    plotRight,
    stepTop,
    stepBottom,
    lanesTop,
    lanesBottom,
    laneHeight,
    font,
    asOfLines: [
      { x: stepAt(asOfT), y1: stepTop, y2: stepBottom },
      ...columns.map((col) => ({ x: col.xAt(asOfT), y1: lanesTop, y2: lanesTop + col.lanes.length * pitch - laneGap })),
    ],
    yTicks,
    xTicks: [plotLeft, ...columns.map((c) => c.left)].flatMap((left, i) => {
      const col = columns[i - 1];
      return col ? yearTicks(col.xAt, col.left, col.right, lastYear, axisY) : yearTicks(stepAt, left, plotRight, lastYear, axisY);
    }),
    years,
    steps: stepPaths(counts, active, stepYear, y),
    endLabels: labelsFor(counts[counts.length - 1]),
    endLabelsByYear: Object.fromEntries(counts.map((c) => [c.year, labelsFor(c)])),
    lanes,
  };
}
