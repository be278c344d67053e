/**
 * What the Regional Anti-Terrorist Structure reported: every dated figure as a point on a
 * logarithmic value axis (the figures run from tens to a million), one row per figure, grouped
 * by what it counts. Pure: the page passes the records in.
 *
 * Rules a reader relies on: a group holds one metric only; no line joins any two points (they
 * count different things, at different dates); every row says what it counts and when it was
 * stated; a contested figure is flagged and the figure contesting it is drawn on its row.
 */
import { RATS_METRIC, type RatsFigure, type RatsMetric } from '@/data/schema';
import { buildSourceLine, chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { FLAG_TOKEN, RATS_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { formatCount, formatNumber, formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import { citedSourceIds } from '@/lib/tableCells';
import { scaleLog } from 'd3-scale';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import type { Tip } from '../shared/ChartInteraction';
import type { ChartSize } from '../shared/sizes';
import type { TableData } from '../shared/tableData';
import { textWidth, wrapText } from '../shared/textWidth';

export const RATS_CHART_ID = 'rats-figures';

/** Metrics shown before "Add other reported results": the registers and the headline results. */
export const HEADLINE_METRICS: readonly RatsMetric[] = ['databasePersons', 'wantedPersons', 'radicals', 'attacksPrevented', 'cellsDisrupted'];

export interface RatsPoint {
  id: string;
  metric: RatsMetric;
  date: string;
  /** "March 2019". */
  dateText: string;
  counts: string;
  value: number;
  /** "more than 45,000". */
  valueText: string;
  openEnded: boolean;
  /** The source's own words ("более 4500 радикалов (more than 4,500 radicals)"). */
  stated: string;
  period?: string;
  speaker?: string;
  contested: boolean;
  /** The figures that contradict this one, as the chart shows them beside it. */
  contestedBy: { id: string; value: number; valueText: string; dateText: string; counts: string }[];
  sourceIds: string[];
  note?: string;
}

export interface RatsGroup {
  metric: RatsMetric;
  label: string;
  token: ColorToken;
  points: RatsPoint[];
}

const METRIC_ORDER = Object.values(RATS_METRIC);

function toPoint(f: RatsFigure, byId: ReadonlyMap<string, RatsFigure>): RatsPoint {
  const contestedBy = (f.contestedBy ?? []).flatMap((id) => {
    const other = byId.get(id);
    return other
      ? [{ id, value: other.value, valueText: formatCount(other.value, other.qualifier), dateText: formatPartialDate(other.date), counts: other.counts }]
      : [];
  });
  return {
    id: f.id,
    metric: f.metric,
    date: f.date,
    dateText: formatPartialDate(f.date),
    counts: f.counts,
    value: f.value,
    valueText: formatCount(f.value, f.qualifier),
    openEnded: f.qualifier === 'moreThan' || f.qualifier === 'atLeast',
    stated: f.valueText,
    ...(f.period !== undefined ? { period: f.period } : {}),
    ...(f.speaker !== undefined ? { speaker: f.speaker } : {}),
    contested: contestedBy.length > 0 || f.confidence === 'conflicting',
    contestedBy,
    sourceIds: citedSourceIds(f),
    ...(f.note !== undefined ? { note: f.note } : {}),
  };
}

/** Groups in the schema's metric order, each with only its metric's figures, oldest first. */
export function ratsGroups(figures: readonly RatsFigure[], options: { allMetrics: boolean }): RatsGroup[] {
  const t = messages().data.ratsMetric;
  const byId = new Map(figures.map((f) => [f.id, f]));
  return METRIC_ORDER.filter((m) => options.allMetrics || HEADLINE_METRICS.includes(m))
    .map((metric) => ({
      metric,
      label: t[metric],
      token: RATS_TOKEN[metric],
      points: figures
        .filter((f) => f.metric === metric)
        .map((f) => toPoint(f, byId))
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    }))
    .filter((g) => g.points.length > 0);
}

/** "March 2019" or "2018 · covers 2013–2017": when a figure was stated, and what it covers. */
export function whenText(p: RatsPoint): string {
  const t = messages().charts.rats;
  return p.period !== undefined ? format(t.when, { date: p.dateText, period: p.period }) : p.dateText;
}

export function pointName(p: RatsPoint): string {
  const t = messages().charts.rats;
  const values = { date: whenText(p), counts: p.counts, value: p.valueText };
  if (!p.contested) return format(t.markName, values);
  const other = p.contestedBy.map((o) => format(t.contestedByText, { value: o.valueText, counts: o.counts, date: o.dateText })).join('; ');
  return format(t.markNameContested, { ...values, other: other === '' ? messages().data.confidence.conflicting : other });
}

export function ratsTips(groups: readonly RatsGroup[], ctx: ChartContext): Record<string, Tip> {
  const t = messages().charts.rats;
  const tips: Record<string, Tip> = {};
  for (const g of groups) {
    for (const p of g.points) {
      tips[p.id] = {
        title: `${g.label}: ${p.valueText}`,
        lines: [
          p.counts,
          `${t.tipStated}: ${p.stated}`,
          `${t.tipDate}: ${p.dateText}`,
          ...(p.period !== undefined ? [`${t.tipPeriod}: ${p.period}`] : []),
          ...(p.speaker !== undefined ? [`${t.tipSpeaker}: ${p.speaker}`] : []),
          `${messages().charts.views.sources}: ${sourceNames(ctx, p.sourceIds)}`,
          ...(p.note !== undefined ? [`${t.tipNote}: ${p.note}`] : []),
        ],
        ...(p.contested
          ? {
              flag: `${t.tipContested}: ${p.contestedBy.map((o) => format(t.contestedByText, { value: o.valueText, counts: o.counts, date: o.dateText })).join('; ')}`,
            }
          : {}),
      };
    }
  }
  return tips;
}

// ---------------------------------------------------------------- layout

export const RATS_SIZES = {
  full: { width: 960, labelWidth: 380, right: 24, font: 13, rowPad: 8, countsLines: 2 },
  compact: { width: 440, labelWidth: 176, right: 12, font: 12, rowPad: 8, countsLines: 2 },
  /** A slide (beside the frame's column, ~790 × 650): what a row counts on one line (shortened; the table has it whole), closer rows. */
  slide: { width: 790, labelWidth: 300, right: 20, font: 13, rowPad: 4, countsLines: 1 },
} as const satisfies Record<ChartSize, { width: number; labelWidth: number; right: number; font: number; rowPad: number; countsLines: number }>;

const AXIS_TOP = 26;
const GROUP_HEADER = 28;
/** A row's line pitch; a row is (its size's `rowPad` and) one or two lines of what it counts plus the date line. */
const LINE = 16;
const SUB_ROW = 20;
const GROUP_GAP = 10;
const DOT_R = 5.5;
const EXTENSION = 14;

export interface PointLayout {
  id: string;
  name: string;
  y: number;
  height: number;
  /** Label column: what it counts (up to two lines) and when, by whom. */
  countsLines: string[];
  /** Baseline of the first line of what it counts. */
  countsY: number;
  whenLine: string;
  whenY: number;
  cx: number;
  cy: number;
  extendTo: number;
  /** The value label and where it sits (right of the dot, or left when there is no room). */
  label: { text: string; x: number; anchor: 'start' | 'end' };
  /** A contested figure's sub-row: the "⚑ contested" flag (in the label column) at this y. */
  flagY?: number;
  /** The contesting figures, drawn on the sub-rows: a ring at each value and a line of text. */
  beside: { x: number; cy: number; text: string; textX: number; anchor: 'start' | 'end' }[];
}

export interface GroupLayout {
  metric: RatsMetric;
  label: string;
  token: ColorToken;
  y: number;
  points: PointLayout[];
}

export interface RatsLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  font: number;
  ticks: { value: number; x: number; label: string }[];
  groups: GroupLayout[];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The log axis's extent: whole powers of ten around every value shown (and every contesting one). */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [lo, hi === lo ? lo * 10 : hi];
}

function ellipsize(text: string, width: number, font: number): string {
  if (textWidth(text, font) <= width) return text;
  return wrapText(text, width, font, 1)[0] ?? text;
}

export function ratsLayout(groups: readonly RatsGroup[], ctx: ChartContext, size: ChartSize): RatsLayout {
  const dims = RATS_SIZES[size];
  const t = messages().charts.rats;
  const font = dims.font;
  const plotLeft = dims.labelWidth + 16;
  const plotRight = dims.width - dims.right;
  const [lo, hi] = logDomain(groups.flatMap((g) => g.points.flatMap((p) => [p.value, ...p.contestedBy.map((o) => o.value)])));
  const x = scaleLog().domain([lo, hi]).range([plotLeft, plotRight]);
  const xAt = (v: number) => round(x(Math.max(lo, v)));
  const ticks: RatsLayout['ticks'] = [];
  for (let v = lo; v <= hi; v *= 10) ticks.push({ value: v, x: xAt(v), label: formatNumber(v) });

  /** Text beside a mark: right of it when it fits, else left of it. */
  const place = (from: number, leftOf: number, width: number): { x: number; anchor: 'start' | 'end' } =>
    from + width <= dims.width ? { x: from, anchor: 'start' } : { x: leftOf, anchor: 'end' };

  let y = AXIS_TOP;
  const laid: GroupLayout[] = groups.map((g) => {
    const groupY = y;
    y += GROUP_HEADER;
    const points: PointLayout[] = g.points.map((p) => {
      const rowY = y;
      const countsLines = wrapText(p.counts, dims.labelWidth, font, dims.countsLines);
      const rowHeight = dims.rowPad * 2 + LINE * (countsLines.length + 1);
      const cy = rowY + rowHeight / 2;
      const cx = xAt(p.value);
      const extendTo = p.openEnded ? cx + EXTENSION : cx;
      const label = place(extendTo + 6, cx - DOT_R - 6, textWidth(p.valueText, font));
      const beside = p.contestedBy.map((o, i) => {
        const bx = xAt(o.value);
        const by = rowY + rowHeight + SUB_ROW * i + SUB_ROW / 2 - 4;
        const text = format(t.beside, { value: o.valueText, date: o.dateText });
        const at = place(bx + 10, bx - 10, textWidth(text, font - 1));
        return { x: bx, cy: by, text, textX: at.x, anchor: at.anchor };
      });
      const subRows = p.contested ? Math.max(1, p.contestedBy.length) : 0;
      const height = rowHeight + SUB_ROW * subRows;
      y += height;
      return {
        id: p.id,
        name: pointName(p),
        y: rowY,
        height,
        countsLines,
        countsY: rowY + dims.rowPad + 12,
        whenLine: ellipsize(`${whenText(p)} · ${sourceNames(ctx, p.sourceIds.slice(0, 1))}`, dims.labelWidth, font - 1),
        whenY: rowY + dims.rowPad + LINE * countsLines.length + 11,
        cx,
        cy,
        extendTo,
        label: { text: p.valueText, ...label },
        ...(p.contested ? { flagY: rowY + rowHeight + SUB_ROW / 2 - 4 } : {}),
        beside,
      };
    });
    y += GROUP_GAP;
    return { metric: g.metric, label: g.label, token: g.token, y: groupY, points };
  });
  return { width: dims.width, height: Math.max(y - GROUP_GAP + 6, AXIS_TOP + 20), plotLeft, plotRight, font, ticks, groups: laid };
}

// ---------------------------------------------------------------- table, frame

/** The rows as shown: one per point, group by group, with the contested flag and what contests it. */
export function toRows(groups: readonly RatsGroup[], ctx: ChartContext): TableData {
  const t = messages().charts;
  const c = t.rats.columns;
  return {
    caption: format(t.views.tableCaption, { title: t.rats.title }),
    columns: [
      { key: 'counts', label: c.counts, type: 'text' },
      { key: 'metric', label: c.metric, type: 'text' },
      { key: 'date', label: c.date, type: 'date' },
      { key: 'value', label: c.value, type: 'number' },
      { key: 'valueText', label: c.valueText, type: 'text' },
      { key: 'stated', label: c.stated, type: 'text' },
      { key: 'period', label: c.period, type: 'text' },
      { key: 'speaker', label: c.speaker, type: 'text' },
      { key: 'contested', label: c.contested, type: 'text' },
      { key: 'contestedBy', label: c.contestedBy, type: 'text' },
      { key: 'sources', label: c.sources, type: 'text' },
    ],
    rows: groups.flatMap((g) =>
      g.points.map((p) => ({
        counts: p.counts,
        metric: g.label,
        date: p.dateText,
        value: p.value,
        valueText: p.valueText,
        stated: p.stated,
        period: p.period ?? '',
        speaker: p.speaker ?? '',
        contested: p.contested ? t.views.yes : t.views.no,
        contestedBy: p.contestedBy.map((o) => format(t.rats.contestedByText, { value: o.valueText, counts: o.counts, date: o.dateText })).join('; '),
        sources: sourceNames(ctx, p.sourceIds),
      })),
    ),
  };
}

export function ratsLegend(groups: readonly RatsGroup[]): LegendItem[] {
  const t = messages().charts.rats;
  return [
    ...groups.map((g) => ({ label: g.label, colorToken: g.token, shape: 'circle' as const })),
    { label: t.legendContested, colorToken: FLAG_TOKEN, shape: 'flag' },
    { label: t.legendBeside, colorToken: FLAG_TOKEN, shape: 'ring' },
  ];
}

export function ratsFrameSpec(figures: readonly RatsFigure[], ctx: ChartContext, options: { allMetrics: boolean; firstSourceId?: string }): FrameSpec {
  const t = messages().charts.rats;
  const groups = ratsGroups(figures, options);
  return {
    title: t.title,
    subtitle: t.subtitle,
    legend: ratsLegend(groups),
    sourceLine: buildSourceLine(
      groups.flatMap((g) => g.points.flatMap((p) => p.sourceIds)),
      ctx.sources,
      options.firstSourceId !== undefined ? { firstId: options.firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
    ),
    asOf: ctx.asOf,
    url: chartPath(RATS_CHART_ID),
  };
}
