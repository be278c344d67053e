/**
 * The milestones timeline's layout for any box: marks down a vertical time axis, labels beside them
 * (both sides from 700 px wide, with a date line above each title where there is no height to fit;
 * one side, one line each, narrower). Pure; bundled with the plot, which lays itself out at its
 * column's width.
 */
import { MILESTONE_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { scaleUtc } from 'd3-scale';
import { dodge } from '../shared/labelLayout';
import { boxOf, byWidth, type ChartBox, type ChartSize } from '../shared/sizes';
import type { SiteLocale } from '@/lib/messages/locales';
import { STRONG, wrapText } from '../shared/textWidth';
import type { MilestoneMark } from './milestonesModel';


/** Labels at 13 px; dates and years at 12. */
const FONT = 13;
/** Both sides of the axis from this width; one side narrower. */
const TWO_SIDES_FROM = 700;
/** Years per px in a box with a height (a slide): closer, one line per label. */
const SLIDE_PX_PER_YEAR = 18;

interface MilestonesDims {
  width: number;
  sides: 1 | 2;
  pxPerYear: number;
  font: number;
  /** A date line above each title (wrapped to three lines), else one line: the year and the title. */
  block: boolean;
}

/**
 * The dimensions for a box: wide, two sides with a date line above each title; in a box with a
 * height (a slide), two sides, one line each, years closer; narrow, one side, one line each.
 */
export function milestonesDims(box: ChartBox): MilestonesDims {
  const sides = box.width >= TWO_SIDES_FROM ? 2 : 1;
  const fitted = box.height !== undefined;
  return {
    width: box.width,
    sides,
    pxPerYear: fitted ? SLIDE_PX_PER_YEAR : Math.round(byWidth(box.width, 24, 32)),
    font: FONT,
    block: sides === 2 && !fitted,
  };
}

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
 * Titles wrap as `locale` breaks lines (the default serves callers that do not pass one yet).
 */
export function milestonesLayout(points: readonly MilestoneMark[], ctx: { asOf: string }, size: ChartSize | ChartBox, locale: SiteLocale): MilestonesLayout {
  const dims = milestonesDims(boxOf(size));
  const font = dims.font;
  const axisX = dims.sides === 2 ? dims.width / 2 : SINGLE_AXIS_X;
  const labels = points.map((p, i) => {
    const side: 'left' | 'right' = dims.sides === 2 && i % 2 === 1 ? 'left' : 'right';
    const textX = side === 'right' ? axisX + REACH : axisX - REACH;
    const width = side === 'right' ? dims.width - textX - 4 : textX - 4;
    const lines = dims.block
      ? [{ text: `${p.dateText} · ${p.kindText}`, muted: true }, ...wrapText(p.title, width, font, 3, locale, STRONG).map((text) => ({ text, muted: false }))]
      : wrapText(`${new Date(p.at).getUTCFullYear()} · ${p.title}`, width, font, 1, locale, STRONG).map((text) => ({ text, muted: false }));
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
      name: l.p.name,
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
