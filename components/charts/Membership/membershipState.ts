/**
 * Membership over time: counts per status for every year since 1996 (judged as the map judges a
 * year: on 31 December, or on the data date for the latest year), and each state's status
 * periods as lanes. Pure: the page passes the states in; the layout is plain numbers.
 */
import { STATE_STATUS, type State, type StateStatus } from '@/data/schema';
import { dateBounds } from '@/data/validate';
import { buildSourceLine, chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { STATUS_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import { FIRST_YEAR, memberCount, statusCountsInYear, type StateStatusInput, type StatusCounts } from '@/lib/memberStatus';
import { citedSourceIds } from '@/lib/tableCells';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import type { Tip } from '../shared/ChartInteraction';
import { dodge } from '../shared/labelLayout';
import type { ChartSize } from '../shared/sizes';
import type { TableData } from '../shared/tableData';
import { textWidth } from '../shared/textWidth';

export const MEMBERSHIP_CHART_ID = 'membership';

/** What the chart needs of a state (data/states.ts rows satisfy it). */
export type MembershipState = Pick<State, 'id' | 'name' | 'statusHistory'>;

/** The step chart's series: members count the Shanghai Five before 2001, as the organisation does. */
export const SERIES = ['members', 'observer', 'dialoguePartner', 'partner'] as const;
export type SeriesKey = (typeof SERIES)[number];

export interface YearCounts {
  year: number;
  counts: StatusCounts;
  members: number;
}

/** Last instant of the data date: the moment "now" means. */
export function asOfInstant(asOf: string): number {
  const b = dateBounds(asOf);
  if (!b) throw new Error(`not a date: ${asOf}`);
  return b[1];
}

export function asOfYear(asOf: string): number {
  return Number(asOf.slice(0, 4));
}

/** Counts per status for every year from 1996 to the data date's year. */
export function yearCounts(states: readonly StateStatusInput[], asOf: string): YearCounts[] {
  const at = asOfInstant(asOf);
  const out: YearCounts[] = [];
  for (let year = FIRST_YEAR; year <= asOfYear(asOf); year++) {
    const counts = statusCountsInYear(states, year, at);
    out.push({ year, counts, members: memberCount(counts) });
  }
  return out;
}

export function seriesValue(y: YearCounts, key: SeriesKey): number {
  return key === 'members' ? y.members : y.counts[key];
}


const SERIES_TOKEN: Record<SeriesKey, ColorToken> = {
  members: STATUS_TOKEN.member,
  observer: STATUS_TOKEN.observer,
  dialoguePartner: STATUS_TOKEN.dialoguePartner,
  partner: STATUS_TOKEN.partner,
};

function seriesLabel(key: SeriesKey): string {
  const t = messages().charts.membership;
  return { members: t.seriesMembers, observer: t.seriesObservers, dialoguePartner: t.seriesDialoguePartners, partner: t.seriesPartners }[key];
}

/** "10 members", "1 observer". */
export function seriesCount(key: SeriesKey, count: number): string {
  const forms = messages().charts.membership.counts[key];
  return count === 1 ? forms.one : format(forms.other, { count });
}

/** "8 members, 4 observers, 6 dialogue partners": the non-zero series of a year. */
export function countsText(y: YearCounts): string {
  return SERIES.filter((k) => seriesValue(y, k) > 0)
    .map((k) => seriesCount(k, seriesValue(y, k)))
    .join(', ');
}

// ---------------------------------------------------------------- lanes

export interface LanePeriod {
  id: string;
  status: StateStatus;
  from: string;
  to?: string;
  start: number;
  /** Exclusive end instant; the data date for a status that still holds. */
  end: number;
  open: boolean;
  sourceIds: string[];
}

export interface Lane {
  id: string;
  name: string;
  periods: LanePeriod[];
}

/** One lane per state, ordered by when its first status began, then by name. */
export function lanes(states: readonly MembershipState[], asOf: string): Lane[] {
  const now = asOfInstant(asOf);
  const out: Lane[] = states.map((s) => ({
    id: s.id,
    name: s.name,
    periods: s.statusHistory.flatMap((p, i) => {
      const start = dateBounds(p.from)?.[0];
      const end = p.to === undefined ? now : dateBounds(p.to)?.[0];
      if (start === undefined || end === undefined || start > now) return [];
      return [
        {
          id: `${s.id}-${i}`,
          status: p.status,
          from: p.from,
          ...(p.to !== undefined ? { to: p.to } : {}),
          start,
          end: Math.min(end, now),
          open: p.to === undefined,
          sourceIds: citedSourceIds(p),
        },
      ];
    }),
  }));
  const first = (l: Lane) => l.periods[0]?.start ?? Infinity;
  return out.filter((l) => l.periods.length > 0).sort((a, b) => first(a) - first(b) || a.name.localeCompare(b.name, 'en'));
}

export function periodName(lane: Lane, p: LanePeriod): string {
  const t = messages().charts.membership;
  const status = messages().data.status[p.status];
  return p.to === undefined
    ? format(t.periodNameOpen, { state: lane.name, status, from: formatPartialDate(p.from) })
    : format(t.periodName, { state: lane.name, status, from: formatPartialDate(p.from), to: formatPartialDate(p.to) });
}

// ---------------------------------------------------------------- layout

export const MEMBERSHIP_SIZES = {
  full: { width: 960, labelWidth: 150, right: 120, stepHeight: 180, lane: 15, laneGap: 5, font: 13 },
  compact: { width: 440, labelWidth: 96, right: 88, stepHeight: 120, lane: 11, laneGap: 4, font: 12 },
  /** A slide (beside the frame's column, ~790 × 650): a lower step chart and closer lanes, labels as on the full layout. */
  slide: { width: 790, labelWidth: 140, right: 110, stepHeight: 130, lane: 13, laneGap: 3, font: 13 },
} as const satisfies Record<ChartSize, { width: number; labelWidth: number; right: number; stepHeight: number; lane: number; laneGap: number; font: number }>;

/** Room above the step chart for the selected year's label. */
const TOP = 22;
/** Between the step chart and the lanes: the year axis. */
const AXIS = 30;

export interface YearColumn {
  year: number;
  x0: number;
  x1: number;
  /** "2017: 8 members, 4 observers, 6 dialogue partners". */
  name: string;
}

export interface StepPoint {
  x: number;
  y: number;
}

export interface StepPath {
  key: SeriesKey;
  /**
   * Segments by colour (the members line is Shanghai Five-coloured before 2001), each a list of
   * points for a `stepAfter` curve: one at the start of each year at its count, then one at the end
   * of the last year. A segment after another starts at the earlier count, so the rise is drawn.
   */
  segments: { points: StepPoint[]; token: ColorToken }[];
}

export interface EndLabel {
  key: SeriesKey;
  text: string;
  y: number;
  token: ColorToken;
}

export interface LaneLayout {
  id: string;
  name: string;
  y: number;
  periods: { id: string; status: StateStatus; x0: number; x1: number; asOfX: number; open: boolean; name: string }[];
}

export interface MembershipLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  stepTop: number;
  stepBottom: number;
  lanesTop: number;
  lanesBottom: number;
  laneHeight: number;
  font: number;
  /** x of the data date. */
  asOfX: number;
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
  years: YearColumn[];
  steps: StepPath[];
  endLabels: EndLabel[];
  /** The end labels for each year: they give the counts of the year the reader selects. */
  endLabelsByYear: Record<number, EndLabel[]>;
  lanes: LaneLayout[];
}

const round = (v: number) => Math.round(v * 10) / 10;

export function membershipLayout(counts: readonly YearCounts[], laneRows: readonly Lane[], asOf: string, size: ChartSize): MembershipLayout {
  const dims = MEMBERSHIP_SIZES[size];
  // Room for the longest state name, within limits.
  const longest = Math.max(0, ...laneRows.map((l) => textWidth(l.name, dims.font - 1)));
  const plotLeft = Math.min(Math.max(dims.labelWidth, longest + 12), dims.width * 0.34);
  const plotRight = dims.width - dims.right;
  const lastYear = asOfYear(asOf);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(FIRST_YEAR, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([plotLeft, plotRight]);
  const xAt = (t: number) => round(x(new Date(t)));
  const yearX = (year: number) => xAt(Date.UTC(year, 0, 1));

  const stepTop = TOP;
  const stepBottom = TOP + dims.stepHeight;
  const max = Math.max(1, ...counts.flatMap((c) => SERIES.map((k) => seriesValue(c, k))));
  const y = scaleLinear().domain([0, max]).nice(4).range([stepBottom, stepTop]);
  const yTicks = y.ticks(4).filter(Number.isInteger).map((value) => ({ value, y: round(y(value)) }));

  const years: YearColumn[] = counts.map((c) => ({
    year: c.year,
    x0: yearX(c.year),
    x1: yearX(c.year + 1),
    name: format(messages().charts.membership.yearName, { year: c.year, counts: countsText(c) }),
  }));

  const active = SERIES.filter((k) => counts.some((c) => seriesValue(c, k) > 0));
  const steps: StepPath[] = active.map((key) => {
    // Draw a series from its first non-zero year to the year after its last (its drop to zero).
    const first = counts.findIndex((c) => seriesValue(c, key) > 0);
    const lastNonZero = counts.length - 1 - [...counts].reverse().findIndex((c) => seriesValue(c, key) > 0);
    const span = counts.slice(first, Math.min(counts.length, lastNonZero + 2));
    const segments: StepPath['segments'] = [];
    let current: { points: StepPoint[]; token: ColorToken } | undefined;
    let prev: YearCounts | undefined;
    for (const c of span) {
      const token = key === 'members' && c.counts.shanghaiFive > 0 ? STATUS_TOKEN.shanghaiFive : SERIES_TOKEN[key];
      const yv = round(y(seriesValue(c, key)));
      const x0 = yearX(c.year);
      if (!current || current.token !== token) {
        // The previous segment runs to this year's start; this one rises from the earlier count.
        const before = prev ? round(y(seriesValue(prev, key))) : undefined;
        if (current && before !== undefined) current.points.push({ x: x0, y: before });
        current = { points: before === undefined ? [] : [{ x: x0, y: before }], token };
        segments.push(current);
      }
      current.points.push({ x: x0, y: yv });
      prev = c;
    }
    // The last segment runs to the end of its last year.
    if (current && prev) current.points.push({ x: yearX(prev.year + 1), y: round(y(seriesValue(prev, key))) });
    return { key, segments };
  });

  const labelsFor = (row: YearCounts | undefined): EndLabel[] => {
    const labelled = row ? active.filter((k) => seriesValue(row, k) > 0) : [];
    const positions = dodge(
      labelled.map((k) => ({ target: y(row ? seriesValue(row, k) : 0), size: dims.font + 3 })),
      { min: stepTop - 8, max: stepBottom + 8, gap: 1 },
    );
    return labelled.map((key, i) => ({
      key,
      text: seriesCount(key, row ? seriesValue(row, key) : 0),
      y: round(positions[i] ?? 0),
      token: SERIES_TOKEN[key],
    }));
  };
  const endLabels = labelsFor(counts[counts.length - 1]);
  const endLabelsByYear: Record<number, EndLabel[]> = Object.fromEntries(counts.map((c) => [c.year, labelsFor(c)]));

  const lanesTop = stepBottom + AXIS;
  const pitch = dims.lane + dims.laneGap;
  const asOfX = xAt(asOfInstant(asOf));
  const laneLayouts: LaneLayout[] = laneRows.map((lane, i) => ({
    id: lane.id,
    name: lane.name,
    y: lanesTop + i * pitch,
    periods: lane.periods.map((p) => {
      const x0 = xAt(p.start);
      // A status that still holds runs on (paler) to the end of the year band; min width keeps a
      // status that began on the data date visible.
      const x1 = p.open ? Math.max(plotRight, x0 + 3) : Math.max(xAt(p.end), x0 + 2);
      return { id: p.id, status: p.status, x0, x1: round(x1), asOfX: Math.min(asOfX, x1), open: p.open, name: periodName(lane, p) };
    }),
  }));
  const lanesBottom = lanesTop + laneRows.length * pitch - dims.laneGap;

  // Regular ticks: every fifth year (2000, 2005, …); the first year is in the title.
  const ticks: { year: number; x: number }[] = [];
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    if (year % 5 === 0) ticks.push({ year, x: round((yearX(year) + yearX(year + 1)) / 2) });
  }

  return {
    width: dims.width,
    height: Math.max(lanesBottom, stepBottom) + 8,
    plotLeft,
    plotRight,
    stepTop,
    stepBottom,
    lanesTop,
    lanesBottom,
    laneHeight: dims.lane,
    font: dims.font,
    asOfX,
    yTicks,
    xTicks: ticks,
    years,
    steps,
    endLabels,
    endLabelsByYear,
    lanes: laneLayouts,
  };
}

// ---------------------------------------------------------------- tips, rows, frame

export function yearTipId(year: number): string {
  return `year-${year}`;
}

export function membershipTips(counts: readonly YearCounts[], laneRows: readonly Lane[], ctx: ChartContext): Record<string, Tip> {
  const t = messages().charts.membership;
  const status = messages().data.status;
  const tips: Record<string, Tip> = {};
  for (const c of counts) {
    tips[yearTipId(c.year)] = {
      title: String(c.year),
      lines: [
        ...SERIES.filter((k) => seriesValue(c, k) > 0).map((k) => `${seriesLabel(k)}: ${seriesValue(c, k)}`),
        ...(c.counts.shanghaiFive > 0 ? [t.seriesMembersNote] : []),
      ],
    };
  }
  for (const lane of laneRows) {
    for (const p of lane.periods) {
      tips[p.id] = {
        title: `${lane.name}: ${status[p.status]}`,
        lines: [
          `${formatPartialDate(p.from)} – ${p.to !== undefined ? formatPartialDate(p.to) : t.now}`,
          `${messages().charts.views.sources}: ${sourceNames(ctx, p.sourceIds)}`,
        ],
      };
    }
  }
  return tips;
}

/** The rows as shown: one per year, the counts behind every step. */
export function toRows(counts: readonly YearCounts[]): TableData {
  const t = messages().charts;
  const c = t.membership.columns;
  const last = counts[counts.length - 1]?.year ?? FIRST_YEAR;
  return {
    caption: format(t.views.tableCaption, { title: format(t.membership.title, { year: last }) }),
    columns: [
      { key: 'year', label: c.year, type: 'text' },
      { key: 'members', label: c.members, type: 'number' },
      { key: 'shanghaiFive', label: c.shanghaiFive, type: 'number' },
      { key: 'member', label: c.member, type: 'number' },
      { key: 'observer', label: c.observer, type: 'number' },
      { key: 'dialoguePartner', label: c.dialoguePartner, type: 'number' },
      { key: 'partner', label: c.partner, type: 'number' },
    ],
    rows: counts.map((y) => ({ year: String(y.year), members: y.members, ...y.counts })),
  };
}

/** The lanes as rows: one per status period. */
export function toLaneRows(laneRows: readonly Lane[], ctx: ChartContext): TableData {
  const t = messages().charts.membership;
  const status = messages().data.status;
  return {
    caption: t.lanesTableCaption,
    columns: [
      { key: 'state', label: t.laneColumns.state, type: 'text' },
      { key: 'status', label: t.laneColumns.status, type: 'text' },
      { key: 'from', label: t.laneColumns.from, type: 'date' },
      { key: 'to', label: t.laneColumns.to, type: 'date' },
      { key: 'sources', label: t.laneColumns.sources, type: 'text' },
    ],
    rows: laneRows.flatMap((lane) =>
      lane.periods.map((p) => ({
        state: lane.name,
        status: status[p.status],
        from: formatPartialDate(p.from),
        to: p.to !== undefined ? formatPartialDate(p.to) : '',
        sources: sourceNames(ctx, p.sourceIds),
      })),
    ),
  };
}

export function membershipLegend(counts: readonly YearCounts[]): LegendItem[] {
  const status = messages().data.status;
  const used = new Set<StateStatus>();
  for (const c of counts) for (const s of Object.values(STATE_STATUS)) if (c.counts[s] > 0) used.add(s);
  return Object.values(STATE_STATUS)
    .filter((s) => used.has(s))
    .map((s) => ({ label: status[s], colorToken: STATUS_TOKEN[s], shape: 'square' as const }));
}

export function membershipFrameSpec(states: readonly MembershipState[], counts: readonly YearCounts[], ctx: ChartContext, firstSourceId?: string): FrameSpec {
  const t = messages().charts.membership;
  return {
    title: format(t.title, { year: asOfYear(ctx.asOf) }),
    subtitle: t.subtitle,
    legend: membershipLegend(counts),
    sourceLine: buildSourceLine(
      states.flatMap((s) => s.statusHistory.flatMap((p) => citedSourceIds(p))),
      ctx.sources,
      firstSourceId !== undefined ? { firstId: firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
    ),
    asOf: ctx.asOf,
    url: chartPath(MEMBERSHIP_CHART_ID),
  };
}
