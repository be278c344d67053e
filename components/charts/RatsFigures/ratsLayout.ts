/**
 * The RATS figures chart's layout for any box: a row per figure (what it counts, when and by whom)
 * with its dot on a log axis: beside the label column from 560 px wide, under the row's words when
 * narrower. With a height (a slide), what a row counts goes on one line when two would not fit; in
 * a wide, short box (the PowerPoint figure box) the groups stand in two panels side by side
 * (ratsWide.ts). Pure; bundled with the plot, which lays itself out at its column's width.
 */
import { formatNumber } from '@/lib/format';
import { scaleLog } from 'd3-scale';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import { boxOf, byWidth, SIZE_BOX, type ChartBox, type ChartSize } from '../shared/sizes';
import type { SiteLocale } from '@/lib/messages/locales';
import { ellipsize, STRONG, textWidth, wrapText } from '../shared/textWidth';
import type { RatsGroup } from './ratsModel';
import type { GroupLayout, PointLayout, RatsDims, RatsLayout, RatsPanel, RatsTick } from './ratsLayoutTypes';

export type { GroupLayout, PointLayout, RatsDims, RatsLayout, RatsPanel, RatsTick };
import { isWide, ratsWide } from './ratsWide';

/**
 * The presets, the slide's laid out for the PowerPoint figure box (wide and short: a 16:9 slide
 * less its title and footer): the groups in two panels side by side, each with its axis (ratsWide.ts).
 */
export const RATS_BOXES: Readonly<Record<ChartSize, ChartBox>> = { ...SIZE_BOX, slide: { width: 1200, height: 320 } };

/** Labels at 13 px; dates, sources and ticks at 12. */
const FONT = 13;
/** From this width the dots stand beside the label column; narrower, under each row's words. */
const BESIDE_FROM = 560;
/** The row of a dot under its words (narrow layouts). */
const DOT_ROW = 24;
/** Where the words start (the group's key dot is left of them). */
const TEXT_X = 16;

/**
 * Who stated each figure, by point id ("TASS (2021)"): what the layout writes under a row. The
 * server names them (from the bibliography) so the plot gets only these strings.
 */
export type RatsSourceLabels = Readonly<Record<string, string>>;

export function ratsSourceLabels(groups: readonly RatsGroup[], ctx: ChartContext): RatsSourceLabels {
  return Object.fromEntries(groups.flatMap((g) => g.points.map((p) => [p.id, sourceNames(ctx, p.sourceIds.slice(0, 1))])));
}

const AXIS_TOP = 26;
const GROUP_HEADER = 28;
/** A row's line pitch; a row is (its size's `rowPad` and) one or two lines of what it counts plus the date line. */
const LINE = 16;
const SUB_ROW = 20;
const GROUP_GAP = 10;
const DOT_R = 5.5;
const EXTENSION = 14;






const round = (v: number) => Math.round(v * 10) / 10;

/** The log axis's extent: whole powers of ten around every value shown (and every contesting one). */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [lo, hi === lo ? lo * 10 : hi];
}

function isContext(names: ChartContext | RatsSourceLabels): names is ChartContext {
  return Array.isArray(names.sources);
}


function dimsFor(width: number, tight: boolean): RatsDims {
  const stacked = width < BESIDE_FROM;
  return {
    width,
    stacked,
    labelWidth: stacked ? width - TEXT_X - 4 : Math.round(byWidth(width, 220, 380, BESIDE_FROM, 960)),
    right: Math.round(byWidth(width, 12, 24)),
    rowPad: tight ? 4 : 8,
    countsLines: tight ? 1 : 2,
    axisTop: AXIS_TOP,
  };
}

/** Every value the axis shows: each figure and each contesting one. */
const ratsValues = (groups: readonly RatsGroup[]): number[] => groups.flatMap((g) => g.points.flatMap((p) => [p.value, ...p.contestedBy.map((o) => o.value)]));

/**
 * The layout for `size` (a preset or any box). `names`: who stated each figure, from the
 * bibliography (`ChartContext`) or already named (`ratsSourceLabels`). What each row counts wraps as
 * `locale` breaks lines (the default serves callers that do not pass one yet).
 */
export function ratsLayout(groups: readonly RatsGroup[], names: ChartContext | RatsSourceLabels, size: ChartSize | ChartBox, locale: SiteLocale): RatsLayout {
  const box = boxOf(size, RATS_BOXES);
  const labels = isContext(names) ? ratsSourceLabels(groups, names) : names;
  if (isWide(box) && groups.length > 1) {
    return ratsWide(groups, box, { dims: (width) => dimsFor(width, false), panel: (gs, dims) => layoutAt(gs, labels, dims, locale), domain: (gs) => logDomain(ratsValues(gs)) });
  }
  const roomy = layoutAt(groups, labels, dimsFor(box.width, false), locale);
  if (box.height === undefined || roomy.height <= box.height) return roomy;
  return layoutAt(groups, labels, dimsFor(box.width, true), locale);
}

/** One panel's layout at `dims`: its groups' rows under one log axis. */
function layoutAt(groups: readonly RatsGroup[], labels: RatsSourceLabels, dims: RatsDims, locale: SiteLocale): RatsLayout {
  const font = FONT;
  const [lo, hi] = dims.domain ?? logDomain(ratsValues(groups));
  const tickValues: number[] = [];
  for (let v = lo; v <= hi; v *= 10) tickValues.push(v);
  // Tick labels are centred on their ticks: the axis keeps half of each end's label inside.
  const half = (v: number | undefined) => (v === undefined ? 0 : textWidth(formatNumber(v, locale), font - 1) / 2 + 2);
  const plotLeft = dims.stacked ? Math.max(TEXT_X + 8, half(tickValues[0])) : dims.labelWidth + 16;
  const plotRight = dims.width - Math.max(dims.right, half(tickValues[tickValues.length - 1]));
  const x = scaleLog().domain([lo, hi]).range([plotLeft, plotRight]);
  const xAt = (v: number) => round(x(Math.max(lo, v)));
  const ticks: RatsLayout['ticks'] = tickValues.map((v) => ({ value: v, x: xAt(v), label: formatNumber(v, locale) }));

  /** Text beside a mark: right of it when it fits, else left of it, else as far right as it fits. */
  const place = (from: number, leftOf: number, width: number): { x: number; anchor: 'start' | 'end' } =>
    from + width <= dims.width
      ? { x: from, anchor: 'start' }
      : leftOf - width >= 0
        ? { x: leftOf, anchor: 'end' }
        : { x: Math.max(0, dims.width - width), anchor: 'start' };

  let y = dims.axisTop;
  const laid: GroupLayout[] = groups.map((g) => {
    const groupY = y;
    y += GROUP_HEADER;
    const points: PointLayout[] = g.points.map((p) => {
      const rowY = y;
      const countsLines = wrapText(p.counts, dims.labelWidth, font, dims.countsLines, locale);
      const words = dims.rowPad * 2 + LINE * (countsLines.length + 1);
      const rowHeight = words + (dims.stacked ? DOT_ROW : 0);
      const cy = dims.stacked ? rowY + words - dims.rowPad + DOT_ROW / 2 : rowY + rowHeight / 2;
      const cx = xAt(p.value);
      const extendTo = p.openEnded ? cx + EXTENSION : cx;
      const label = place(extendTo + 6, cx - DOT_R - 6, textWidth(p.valueText, font, STRONG));
      // Narrow: the flag has a sub-row of its own, above those of the contesting figures.
      const flagRows = dims.stacked && p.contested ? 1 : 0;
      const beside = p.contestedBy.map((o, i) => {
        const bx = xAt(o.value);
        const by = rowY + rowHeight + SUB_ROW * (i + flagRows) + SUB_ROW / 2 - 4;
        const text = o.beside;
        const at = place(bx + 10, bx - 10, textWidth(text, font - 1, STRONG));
        return { x: bx, cy: by, text, textX: at.x, anchor: at.anchor };
      });
      const subRows = p.contested ? Math.max(1, p.contestedBy.length + flagRows) : 0;
      const height = rowHeight + SUB_ROW * subRows;
      y += height;
      return {
        id: p.id,
        name: p.name,
        y: rowY,
        height,
        countsLines,
        countsY: rowY + dims.rowPad + 12,
        whenLine: ellipsize(`${p.whenText} · ${labels[p.id] ?? ''}`, dims.labelWidth, font - 1),
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
    return { metric: g.metric, label: g.label, token: g.token, y: groupY, x: 0, width: dims.width, plotLeft, plotRight, points };
  });
  const height = Math.max(y - GROUP_GAP + 6, dims.axisTop + 20);
  return { width: dims.width, height, plotLeft, plotRight, font, ticks, panels: [{ x: 0, width: dims.width, plotLeft, plotRight, ticks, bottom: height }], groups: laid };
}
