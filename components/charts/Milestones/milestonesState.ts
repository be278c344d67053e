/**
 * The milestones timeline: documents and institutions (and, on request, summits and membership
 * changes) down a vertical time axis, each labelled beside its date without overlap and linking
 * to its source. Pure: the page passes the records in.
 */
import { datePrecision, MILESTONE_KIND, type Milestone, type MilestoneKind, type Source } from '@/data/schema';
import { dateBounds } from '@/data/validate';
import { buildSourceLine, chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { MILESTONE_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import { citedSourceIds } from '@/lib/tableCells';
import { scaleUtc } from 'd3-scale';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import type { Tip } from '../shared/ChartInteraction';
import { dodge } from '../shared/labelLayout';
import type { ChartSize } from '../shared/sizes';
import type { TableData } from '../shared/tableData';
import { wrapText } from '../shared/textWidth';

export const MILESTONES_CHART_ID = 'milestones';

/** Kinds on the timeline before "Add summits and membership changes". */
export const CORE_KINDS: readonly MilestoneKind[] = ['document', 'institution'];

export interface MilestonePoint {
  id: string;
  date: string;
  dateText: string;
  /** Middle of the period the date names ("2004" → 1 July 2004): where the mark sits. */
  at: number;
  /** The date names a year or a month, not a day. */
  approximate: boolean;
  title: string;
  kind: MilestoneKind;
  place?: string;
  /** For a document: when it entered into force, formatted ("19 September 2003"). */
  inForceText?: string;
  summary: string;
  /** The source page the mark links to: the first source with a URL, else its bibliography entry. */
  href: string;
  sourceIds: string[];
}

/** Where a milestone links: its first source that has a URL, else the first source on /sources. */
export function sourceHref(sourceIds: readonly string[], sources: readonly Pick<Source, 'id' | 'url'>[]): string {
  for (const id of sourceIds) {
    const url = sources.find((s) => s.id === id)?.url;
    if (url !== undefined) return url;
  }
  return `/sources/#${sourceIds[0] ?? ''}`;
}

export function milestonePoints(milestones: readonly Milestone[], ctx: ChartContext, options: { allKinds: boolean }): MilestonePoint[] {
  return milestones
    .filter((m) => options.allKinds || CORE_KINDS.includes(m.kind))
    .flatMap((m) => {
      const b = dateBounds(m.date);
      if (!b) return [];
      const sourceIds = citedSourceIds(m);
      return [
        {
          id: m.id,
          date: m.date,
          dateText: formatPartialDate(m.date),
          at: (b[0] + b[1]) / 2,
          approximate: datePrecision(m.date) !== 'day',
          title: m.title,
          kind: m.kind,
          ...(m.place !== undefined ? { place: m.place } : {}),
          ...(m.inForce !== undefined ? { inForceText: formatPartialDate(m.inForce) } : {}),
          summary: m.summary,
          href: sourceHref(sourceIds, ctx.sources),
          sourceIds,
        },
      ];
    })
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

export function milestoneName(p: MilestonePoint): string {
  const t = messages().charts.milestones;
  return format(t.markName, { date: p.dateText, title: p.title, kind: messages().data.milestoneKind[p.kind] });
}

export function milestoneTips(points: readonly MilestonePoint[], ctx: ChartContext): Record<string, Tip> {
  const t = messages().charts.milestones;
  const tips: Record<string, Tip> = {};
  for (const p of points) {
    tips[p.id] = {
      title: p.title,
      lines: [
        `${p.dateText} · ${messages().data.milestoneKind[p.kind]}`,
        ...(p.place !== undefined ? [`${t.tipPlace}: ${p.place}`] : []),
        ...(p.inForceText !== undefined ? [`${t.tipInForce}: ${p.inForceText}`] : []),
        p.summary,
        `${messages().charts.views.sources}: ${sourceNames(ctx, p.sourceIds)}`,
      ],
    };
  }
  return tips;
}

// ---------------------------------------------------------------- layout

export const MILESTONES_SIZES = {
  /** Axis in the middle, labels on both sides: a date line and the title. */
  full: { width: 960, sides: 2, pxPerYear: 32, font: 13, block: true },
  /** Axis on the left, one line per label: the year and the title (shortened; the tooltip and table have it whole). */
  compact: { width: 440, sides: 1, pxPerYear: 24, font: 12, block: false },
  /** A slide (beside the frame's column, ~790 × 650): both sides, one line per label (the year and the title, shortened), type as on the full layout. */
  slide: { width: 790, sides: 2, pxPerYear: 18, font: 13, block: false },
} as const satisfies Record<ChartSize, { width: number; sides: 1 | 2; pxPerYear: number; font: number; block: boolean }>;

const TOP = 14;
const LINE = 16;
const LABEL_GAP = 6;
/** Horizontal distance from the axis to a label. */
const REACH = 30;
/** Left margin of a one-sided timeline (year labels). */
const SINGLE_AXIS_X = 44;

export interface MilestoneLayout {
  id: string;
  name: string;
  href: string;
  token: ColorToken;
  approximate: boolean;
  /** The mark on the axis. */
  cy: number;
  /** The mark's x: on the axis, or beside it when another mark has the same date. */
  cx: number;
  side: 'left' | 'right';
  /** Where the label's text is anchored, and its box. */
  textX: number;
  labelY: number;
  labelHeight: number;
  /** Each line of the label; the first is the muted date line in the full layout. */
  lines: { text: string; muted: boolean }[];
}

export interface MilestonesLayout {
  width: number;
  height: number;
  axisX: number;
  font: number;
  /** Year labels sit on the axis (two-sided) or left of it (one-sided). */
  yearLabelsOnAxis: boolean;
  axisTop: number;
  axisBottom: number;
  yearTicks: { year: number; y: number }[];
  points: MilestoneLayout[];
}

const round = (v: number) => Math.round(v * 10) / 10;
/** A mark's diameter and a little air: how far apart two marks must be to be told apart. */
const MARK_STEP = 13;

/**
 * Marks at their dates on a vertical axis; labels beside them (alternating sides when there are
 * two), each side's labels moved up or down just enough not to overlap (`dodge`), each joined to
 * its mark by a leader. The axis grows when the labels need more room than the years give them.
 */
export function milestonesLayout(points: readonly MilestonePoint[], ctx: ChartContext, size: ChartSize): MilestonesLayout {
  const dims = MILESTONES_SIZES[size];
  const font = dims.font;
  const kind = messages().data.milestoneKind;
  const axisX = dims.sides === 2 ? dims.width / 2 : SINGLE_AXIS_X;
  const labels = points.map((p, i) => {
    const side: 'left' | 'right' = dims.sides === 2 && i % 2 === 1 ? 'left' : 'right';
    const textX = side === 'right' ? axisX + REACH : axisX - REACH;
    const width = side === 'right' ? dims.width - textX - 4 : textX - 4;
    const lines = dims.block
      ? [{ text: `${p.dateText} · ${kind[p.kind]}`, muted: true }, ...wrapText(p.title, width, font, 3).map((text) => ({ text, muted: false }))]
      : wrapText(`${new Date(p.at).getUTCFullYear()} · ${p.title}`, width, font, 1).map((text) => ({ text, muted: false }));
    return { p, side, textX, lines, height: LINE * lines.length };
  });
  const firstYear = points.length > 0 ? new Date(points[0]?.at ?? 0).getUTCFullYear() : Number(ctx.asOf.slice(0, 4));
  const lastYear = Number(ctx.asOf.slice(0, 4));
  const years = lastYear - firstYear + 1;
  const neededBySide = (['left', 'right'] as const).map((side) =>
    labels.filter((l) => l.side === side).reduce((sum, l) => sum + l.height + LABEL_GAP, 0),
  );
  const axisTop = TOP;
  const axisBottom = TOP + Math.max(years * dims.pxPerYear, Math.max(...neededBySide) * 1.15);
  const y = scaleUtc()
    .domain([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([axisTop, axisBottom]);
  const centres = new Map<string, number>();
  for (const side of ['left', 'right'] as const) {
    const onSide = labels.filter((l) => l.side === side);
    const placed = dodge(
      onSide.map((l) => ({ target: y(new Date(l.p.at)), size: l.height })),
      { min: axisTop - 6, max: axisBottom + 6, gap: LABEL_GAP },
    );
    onSide.forEach((l, i) => centres.set(l.p.id, placed[i] ?? 0));
  }
  // Marks closer than a mark's width on the axis (the same date) step aside, towards their label.
  const markX = new Map<string, number>();
  const taken: { cy: number; cx: number }[] = [];
  for (const l of labels) {
    const cy = y(new Date(l.p.at));
    const step = (l.side === 'right' ? 1 : -1) * MARK_STEP;
    let cx = axisX;
    while (taken.some((m) => Math.abs(m.cy - cy) < MARK_STEP && Math.abs(m.cx - cx) < MARK_STEP)) cx += step;
    taken.push({ cy, cx });
    markX.set(l.p.id, cx);
  }
  const laid: MilestoneLayout[] = labels.map((l) => {
    const centre = centres.get(l.p.id) ?? 0;
    return {
      id: l.p.id,
      name: milestoneName(l.p),
      href: l.p.href,
      token: MILESTONE_TOKEN[l.p.kind],
      approximate: l.p.approximate,
      cy: round(y(new Date(l.p.at))),
      cx: round(markX.get(l.p.id) ?? axisX),
      side: l.side,
      textX: l.textX,
      labelY: round(centre - l.height / 2),
      labelHeight: l.height,
      lines: l.lines,
    };
  });
  const yearTicks: { year: number; y: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    if (year === firstYear || year % 5 === 0) yearTicks.push({ year, y: round(y(new Date(Date.UTC(year, 0, 1)))) });
  }
  const bottom = Math.max(axisBottom, ...laid.map((p) => p.labelY + p.labelHeight));
  return {
    width: dims.width,
    height: round(bottom + TOP),
    axisX,
    font,
    yearLabelsOnAxis: dims.sides === 2,
    axisTop,
    axisBottom: round(axisBottom),
    yearTicks,
    points: laid,
  };
}

// ---------------------------------------------------------------- table, frame

export function toRows(points: readonly MilestonePoint[], ctx: ChartContext): TableData {
  const t = messages().charts;
  const c = t.milestones.columns;
  return {
    caption: format(t.views.tableCaption, { title: t.milestones.title }),
    columns: [
      { key: 'date', label: c.date, type: 'date' },
      { key: 'title', label: c.title, type: 'text' },
      { key: 'kind', label: c.kind, type: 'text' },
      { key: 'place', label: c.place, type: 'text' },
      { key: 'inForce', label: c.inForce, type: 'date' },
      { key: 'summary', label: c.summary, type: 'text' },
      { key: 'sources', label: c.sources, type: 'text' },
      { key: 'link', label: c.link, type: 'url' },
    ],
    rows: points.map((p) => ({
      date: p.dateText,
      title: p.title,
      kind: messages().data.milestoneKind[p.kind],
      place: p.place ?? '',
      inForce: p.inForceText ?? '',
      summary: p.summary,
      sources: sourceNames(ctx, p.sourceIds),
      link: p.href,
    })),
  };
}

export function milestonesLegend(points: readonly MilestonePoint[]): LegendItem[] {
  const kind = messages().data.milestoneKind;
  const t = messages().charts.milestones;
  return [
    ...Object.values(MILESTONE_KIND)
      .filter((k) => points.some((p) => p.kind === k))
      .map((k) => ({ label: kind[k], colorToken: MILESTONE_TOKEN[k], shape: 'circle' as const })),
    ...(points.some((p) => p.approximate) ? [{ label: t.legendApproximate, colorToken: '--color-text-muted' as const, shape: 'ring' as const }] : []),
  ];
}

export function milestonesFrameSpec(points: readonly MilestonePoint[], ctx: ChartContext, firstSourceId?: string): FrameSpec {
  const t = messages().charts.milestones;
  return {
    title: t.title,
    subtitle: t.subtitle,
    legend: milestonesLegend(points),
    sourceLine: buildSourceLine(
      points.flatMap((p) => p.sourceIds),
      ctx.sources,
      firstSourceId !== undefined ? { firstId: firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
    ),
    asOf: ctx.asOf,
    url: chartPath(MILESTONES_CHART_ID),
  };
}
