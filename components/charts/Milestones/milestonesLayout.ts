/**
 * The milestones timeline's layout for any box: marks down a vertical time axis, labels beside them
 * (both sides from 700 px wide, with a date line above each title where there is no height to fit;
 * one side, one line each, narrower). Pure; bundled with the plot, which lays itself out at its
 * column's width.
 */
import { MILESTONE_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { scaleUtc } from 'd3-scale';
import { dodge } from '../shared/labelLayout';
import { boxOf, byWidth, SIZE_BOX, type ChartBox, type ChartSize } from '../shared/sizes';
import type { SiteLocale } from '@/lib/messages/locales';
import { STRONG, wrapText } from '../shared/textWidth';
import type { MilestoneMark } from './milestonesModel';


/**
 * The presets, the slide's laid out for the PowerPoint figure box (wide and short: a 16:9 slide less
 * its title and footer): the timeline in two columns, earlier and later years (`columnsLayout`).
 */
export const MILESTONES_BOXES: Readonly<Record<ChartSize, ChartBox>> = { ...SIZE_BOX, slide: { width: 1200, height: 340 } };
/** In a box with a height at least this wide (and 2.5 times as wide as high), the timeline runs in columns. */
const COLUMNS_FROM = 1000;
const COLUMN_GAP = 24;

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
  /** Room between two labels on a side. */
  labelGap: number;
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
    labelGap: LABEL_GAP,
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
  /** The x of its axis (a layout in columns has one per column). */
  axisX: number;
  /** The mark's target for a pointer: its label's side of the axis, across its column. */
  hit: { x: number; width: number };
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
  /** The (first) axis; `axes` has every one, each with its year labels. */
  axisX: number;
  axes: { x: number; top: number; bottom: number; ticks: { year: number; y: number }[] }[];
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
/** Year labels on the axis at least this far apart (px): a 12 px label and its gap. */
const TICK_SPACING = 24;

/**
 * Marks at their dates on a vertical axis; labels beside them (alternating sides when there are
 * two), each side's labels moved up or down just enough not to overlap (`dodge`), each joined to
 * its mark by a leader. The axis grows when the labels need more room than the years give them.
 * Titles wrap as `locale` breaks lines (the default serves callers that do not pass one yet).
 */
export function milestonesLayout(points: readonly MilestoneMark[], ctx: { asOf: string }, size: ChartSize | ChartBox, locale: SiteLocale): MilestonesLayout {
  const box = boxOf(size, MILESTONES_BOXES);
  const lastYear = Number(ctx.asOf.slice(0, 4));
  const firstYear = points.length > 0 ? new Date(points[0]?.at ?? 0).getUTCFullYear() : lastYear;
  if (box.height !== undefined && box.width >= COLUMNS_FROM && box.width >= 2.5 * box.height && points.length > 1) {
    return columnsLayout(points, { first: firstYear, last: lastYear }, { width: box.width, height: box.height }, locale);
  }
  return timeline(points, { first: firstYear, last: lastYear }, milestonesDims(box), locale);
}

/**
 * The timeline in two columns for a wide, short box: the earlier years' milestones down the first
 * axis, the later years' down the second (split at the year that shares them out most evenly), one
 * side and one line each ("2001 · Title", cut with "…" where the column is too narrow: the table
 * has every title whole), labels 2 px apart, years at the same scale in both columns.
 */
function columnsLayout(points: readonly MilestoneMark[], years: { first: number; last: number }, box: { width: number; height: number }, locale: SiteLocale): MilestonesLayout {
  const yearOf = (p: MilestoneMark) => new Date(p.at).getUTCFullYear();
  let split = years.first + 1;
  for (let year = years.first + 1; year <= years.last; year++) {
    const before = (y: number) => points.filter((p) => yearOf(p) < y).length;
    if (Math.abs(points.length - 2 * before(year)) < Math.abs(points.length - 2 * before(split))) split = year;
  }
  const spans = [
    { first: years.first, last: split - 1 },
    { first: split, last: years.last },
  ];
  const columnWidth = (box.width - COLUMN_GAP) / 2;
  const longest = Math.max(...spans.map((s) => s.last - s.first + 1));
  const dims: MilestonesDims = { width: columnWidth, sides: 1, pxPerYear: (box.height - 2 * TOP - 4) / longest, font: FONT, block: false, labelGap: 2 };
  const columns = spans.map((span, c) => {
    const laid = timeline(points.filter((p) => yearOf(p) >= span.first && yearOf(p) <= span.last), span, dims, locale);
    const dx = c * (columnWidth + COLUMN_GAP);
    return { ...laid, axisX: laid.axisX + dx, axes: laid.axes.map((a) => ({ ...a, x: a.x + dx })), points: laid.points.map((p) => ({ ...p, axisX: p.axisX + dx, cx: p.cx + dx, textX: p.textX + dx, hit: { ...p.hit, x: p.hit.x + dx } })) };
  });
  const [first] = columns;
  if (!first) throw new Error('no column');
  return {
    ...first,
    width: box.width,
    height: Math.max(...columns.map((c) => c.height)),
    axes: columns.flatMap((c) => c.axes),
    points: columns.flatMap((c) => c.points),
  };
}

/** One timeline over `years`: marks at their dates on a vertical axis, labels beside them. */
function timeline(points: readonly MilestoneMark[], span: { first: number; last: number }, dims: MilestonesDims, locale: SiteLocale): MilestonesLayout {
  const font = dims.font;
  const axisX = dims.sides === 2 ? dims.width / 2 : SINGLE_AXIS_X;
  const sideOf = (i: number): 'left' | 'right' => (dims.sides === 2 && i % 2 === 1 ? 'left' : 'right');
  /** The labels, their text `reach[side]` px from the axis (past the marks that step aside). */
  const labelsAt = (reach: Record<'left' | 'right', number>) =>
    points.map((p, i) => {
      const side = sideOf(i);
      const textX = side === 'right' ? axisX + reach.right : axisX - reach.left;
      const width = side === 'right' ? dims.width - textX - 4 : textX - 4;
      const lines = dims.block
        ? [{ text: `${p.dateText} · ${p.kindText}`, muted: true }, ...wrapText(p.title, width, font, 3, locale, STRONG).map((text) => ({ text, muted: false }))]
        : wrapText(`${new Date(p.at).getUTCFullYear()} · ${p.title}`, width, font, 1, locale, STRONG).map((text) => ({ text, muted: false }));
      return { p, side, textX, lines, height: LINE * lines.length };
    });
  const firstYear = span.first;
  const lastYear = span.last;
  const years = lastYear - firstYear + 1;
  /** The axis's extent and the scale, for labels of these heights. */
  const axisFor = (labels: ReturnType<typeof labelsAt>) => {
    const neededBySide = (['left', 'right'] as const).map((side) =>
      labels.filter((l) => l.side === side).reduce((sum, l) => sum + l.height + dims.labelGap, 0),
    );
    const bottom = TOP + Math.max(years * dims.pxPerYear, Math.max(...neededBySide) * (dims.labelGap < LABEL_GAP ? 1 : 1.15));
    const scale = scaleUtc()
      .domain([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
      .range([TOP, bottom]);
    return { bottom, scale };
  };
  // Marks closer than a mark's width on the axis (the same date) step aside, towards their label.
  const marksFor = (y: (d: Date) => number) => {
    const markX = new Map<string, number>();
    const taken: { cy: number; cx: number }[] = [];
    points.forEach((p, i) => {
      const cy = y(new Date(p.at));
      const step = (sideOf(i) === 'right' ? 1 : -1) * MARK_STEP;
      let cx = axisX;
      while (taken.some((m) => Math.abs(m.cy - cy) < MARK_STEP && Math.abs(m.cx - cx) < MARK_STEP)) cx += step;
      taken.push({ cy, cx });
      markX.set(p.id, cx);
    });
    return markX;
  };
  let labels = labelsAt({ left: REACH, right: REACH });
  let { bottom: axisBottom, scale: y } = axisFor(labels);
  let markX = marksFor(y);
  // Where marks stepped aside further than the labels' reach allows, the labels on that side move out.
  const stepped = (side: 'left' | 'right') =>
    Math.max(0, ...points.filter((_, i) => sideOf(i) === side).map((p) => Math.abs((markX.get(p.id) ?? axisX) - axisX)));
  const reach = { left: Math.max(REACH, stepped('left') + REACH), right: Math.max(REACH, stepped('right') + REACH) };
  if (reach.left !== REACH || reach.right !== REACH) {
    labels = labelsAt(reach);
    ({ bottom: axisBottom, scale: y } = axisFor(labels));
    markX = marksFor(y);
  }
  const axisTop = TOP;
  const centres = new Map<string, number>();
  for (const side of ['left', 'right'] as const) {
    const onSide = labels.filter((l) => l.side === side);
    const placed = dodge(
      onSide.map((l) => ({ target: y(new Date(l.p.at)), size: l.height })),
      { min: axisTop - 6, max: axisBottom + 6, gap: dims.labelGap },
    );
    onSide.forEach((l, i) => centres.set(l.p.id, placed[i] ?? 0));
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
      axisX,
      hit: l.side === 'right' ? { x: axisX - 8, width: dims.width - axisX + 4 } : { x: 4, width: axisX + 4 },
      textX: l.textX,
      labelY: round(centre - l.height / 2),
      labelHeight: l.height,
      lines: l.lines,
    };
  });
  const yearTicks: { year: number; y: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const at = round(y(new Date(Date.UTC(year, 0, 1))));
    // A round year too close to the first one for both labels to read (2009 and 2010) is left out.
    const last = yearTicks[yearTicks.length - 1];
    if ((year === firstYear || year % 5 === 0) && (!last || at - last.y >= TICK_SPACING)) yearTicks.push({ year, y: at });
  }
  const bottom = Math.max(axisBottom, ...laid.map((p) => p.labelY + p.labelHeight));
  return {
    width: dims.width,
    height: round(bottom + TOP),
    axisX,
    axes: [{ x: axisX, top: axisTop, bottom: round(axisBottom), ticks: yearTicks }],
    font,
    yearLabelsOnAxis: dims.sides === 2,
    axisTop,
    axisBottom: round(axisBottom),
    yearTicks,
    points: laid,
  };
}
