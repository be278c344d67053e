/**
 * Lays a FrameSpec out around a plot for one output size: title and subtitle wrapped to the
 * width, legend rows (or a legend column beside the plot when that gives the plot more room),
 * the plot scaled to fit, and a footer with the source line, notes, "Data as of" and the link.
 *
 * Pure: widths come from a `TextMeasure` (the export fonts in the browser, the same fonts or a
 * stub in tests). Units are logical px; `pixelWidth`/`pixelHeight` are what a PNG gets.
 *
 * - A scaled size (`{ scale: 2 }`) keeps the on-screen plot width: the image is as wide as the
 *   plot plus margins and as tall as its content.
 * - A fixed size (`{ width: 1920, height: 1080 }`) lays out a 1280-wide canvas of the same aspect
 *   and scales it to the pixels: header and footer at the edges, the plot as large as fits between
 *   (the legend in rows above it, in a column beside it, or, for a plot taller than the slide,
 *   everything but the plot in a column at the left: whichever gives the plot the most room).
 *
 * Every word stays readable: no text of the frame, and none of the plot's (given its smallest
 * label, `plotMinTextSize`), is drawn below `MIN_TEXT_PX` at 1×. A scaled export enlarges a plot
 * whose labels are smaller than that; a fixed size never shrinks the words below it, and says
 * (`readable: false`) when the plot cannot be fitted without shrinking its labels below it — the
 * exporter then tries a plot laid out for the slide, or tells the reader.
 */
import type { ExportSize } from '../fileName';
import { BASE, footer, header, legendColumn, legendRows, metrics } from './frameBlocks';
import type { DrawOp, FrameFooter, LayoutInput, RuleOp, SwatchOp, TextOp, TextRole } from './frameTypes';

export type { DrawOp, FrameFooter, LayoutInput, RuleOp, SwatchOp, TextOp, TextRole };

/** Logical width of fixed-size canvases: 1920×1080 and 1200×675 are both 1280×720 scaled. */
export const FIXED_LOGICAL_WIDTH = 1280;
/** A scaled export is never narrower than this (a phone-width plot is widened to fill it). */
export const MIN_NATURAL_WIDTH = 560;

/**
 * The smallest size, in px at 1×, of any word in an export: frame and plot alike. At 1× means the
 * image's own pixels where it has fewer than its logical canvas (1200 × 675 draws the 1280-wide
 * canvas at 0.94), else logical px (96 dpi: a 2× PNG or a 1920 × 1080 slide at 144 dpi is read at
 * its logical size).
 */
export const MIN_TEXT_PX = 11;

/** Px at 1× per logical px for an export size: below 1 only where the pixels are fewer than the canvas. */
export function pixelRatio(size: ExportSize): number {
  if ('scale' in size) return Math.min(1, size.scale);
  return Math.min(1, size.width / FIXED_LOGICAL_WIDTH);
}

export interface PlotPlacement {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Logical px per plot unit. */
  scale: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  ops: DrawOp[];
  plot: PlotPlacement;
  /**
   * Where the legend went: in rows above the plot, in a column right of it, or (`side`, for a
   * plot taller than the slide allows) in a column left of it with the title and the footer.
   */
  legendPlacement: 'top' | 'right' | 'side' | 'none';
  /** Scale of the title, subtitle and margins (1 on screen; 1.25 on a 1280-wide slide). */
  typeScale: number;
  /** Scale of the legend and footer (the type scale, or smaller beside a shrunken plot). */
  minorScale: number;
  /** The smallest word of the frame and the plot, in px at 1× (Infinity when there are none). */
  minTextPx: number;
  /** Every word is at least MIN_TEXT_PX at 1×. */
  readable: boolean;
}

type Unrated = Omit<FrameLayout, 'minTextPx' | 'readable'>;

/** The layout with the size of its smallest word at 1× (the frame's, or the plot's as scaled). */
function rated(layout: Unrated, input: LayoutInput): FrameLayout {
  const sizes = layout.ops.flatMap((op) => (op.kind === 'text' ? [op.size] : []));
  if (input.plotMinTextSize !== undefined && input.plotMinTextSize > 0) sizes.push(input.plotMinTextSize * layout.plot.scale);
  const minTextPx = sizes.length > 0 ? Math.min(...sizes) * pixelRatio(input.size) : Infinity;
  return { ...layout, minTextPx, readable: minTextPx >= MIN_TEXT_PX - 0.005 };
}

function pixelSize(size: ExportSize, width: number, height: number): { pixelWidth: number; pixelHeight: number } {
  if ('scale' in size) return { pixelWidth: Math.round(width * size.scale), pixelHeight: Math.round(height * size.scale) };
  return { pixelWidth: Math.round(size.width), pixelHeight: Math.round(size.height) };
}

/**
 * A scaled export: the plot at its own width (widened to the minimum, or until its smallest label
 * is MIN_TEXT_PX), content-tall.
 */
function naturalLayout(input: LayoutInput): FrameLayout {
  const m = metrics(1);
  const labels = input.plotMinTextSize !== undefined && input.plotMinTextSize > 0 ? MIN_TEXT_PX / input.plotMinTextSize : 1;
  const width = Math.max(MIN_NATURAL_WIDTH, Math.ceil(input.plot.width * Math.max(1, labels) + 2 * m.pad));
  const contentWidth = width - 2 * m.pad;
  const head = header(input, m, m.pad, m.pad, contentWidth);
  const legendTop = m.pad + head.height + (input.spec.legend.length > 0 ? BASE.headerGap * m.k : 0);
  const legend = legendRows(input, m, m.pad, legendTop, contentWidth);
  const scale = contentWidth / input.plot.width;
  const plotTop = legendTop + legend.height + BASE.plotGap * m.k;
  const plot = { x: m.pad, y: plotTop, width: contentWidth, height: input.plot.height * scale, scale };
  const ruleY = plot.y + plot.height + BASE.plotGap * m.k;
  const foot = footer(input, m, m.pad, ruleY + BASE.ruleGap * m.k, contentWidth);
  const height = Math.round(ruleY + BASE.ruleGap * m.k + foot.height + m.pad);
  return rated({
    width,
    height,
    ...pixelSize(input.size, width, height),
    ops: [...head.ops, ...legend.ops, { kind: 'rule', x1: m.pad, x2: width - m.pad, y: ruleY, width: m.k }, ...foot.ops],
    plot,
    legendPlacement: input.spec.legend.length > 0 ? 'top' : 'none',
    typeScale: 1,
    minorScale: 1,
  }, input);
}

/** The biggest plot that fits a box, centred in it. */
function fit(box: { x: number; y: number; width: number; height: number }, plot: LayoutInput['plot']): PlotPlacement {
  const scale = Math.max(0, Math.min(box.width / plot.width, box.height / plot.height));
  const width = plot.width * scale;
  const height = plot.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height, scale };
}

type Placement = 'top' | 'right' | 'side';

/** Largest scale of the legend and footer on a slide (the headline goes up to 1.25). */
const MINOR_MAX = 1.05;

/** Width of the side column (title, legend, footer) beside a tall plot. */
const SIDE_COLUMN = 0.32;

/**
 * A tall plot on a wide slide: title, subtitle, legend and footer in a column at the left, the
 * plot the full height at the right. Its plot scale is 0 when the words do not fit the column.
 */
function sideAt(input: LayoutInput, width: number, height: number, k: number, minor: number): FrameLayout {
  const m = metrics(k, minor);
  const contentWidth = width - 2 * m.pad;
  const columnWidth = contentWidth * SIDE_COLUMN;
  const gap = BASE.legendColumnGap * m.k;
  const head = header(input, m, m.pad, m.pad, columnWidth);
  const legendTop = m.pad + head.height + (input.spec.legend.length > 0 ? BASE.headerGap * m.k : 0);
  const legend = legendColumn(input, m, m.pad, legendTop, columnWidth);
  const footHeight = footer(input, m, m.pad, 0, columnWidth).height;
  const footTop = height - m.pad - footHeight;
  const ruleY = footTop - BASE.ruleGap * m.minor;
  const fits = legendTop + legend.height + BASE.plotGap * m.k <= ruleY;
  const fitted = fit({ x: m.pad + columnWidth + gap, y: m.pad, width: contentWidth - columnWidth - gap, height: height - 2 * m.pad }, input.plot);
  return rated({
    width,
    height,
    ...pixelSize(input.size, width, height),
    ops: [
      ...head.ops,
      ...legend.ops,
      { kind: 'rule', x1: m.pad, x2: m.pad + columnWidth, y: ruleY, width: m.minor },
      ...footer(input, m, m.pad, footTop, columnWidth).ops,
    ],
    plot: fits ? fitted : { ...fitted, scale: 0 },
    legendPlacement: 'side',
    typeScale: k,
    minorScale: minor,
  }, input);
}

/** A fixed-size export at one type scale, with the legend on top or in a column at the right. */
function fixedAt(input: LayoutInput, width: number, height: number, k: number, placement: Placement, minor = k): FrameLayout {
  if (placement === 'side') return sideAt(input, width, height, k, minor);
  const m = metrics(k, minor);
  const contentWidth = width - 2 * m.pad;
  const head = header(input, m, m.pad, m.pad, contentWidth);
  const foot = footer(input, m, m.pad, 0, contentWidth);
  const footTop = height - m.pad - foot.height;
  const ruleY = footTop - BASE.ruleGap * m.k;
  const bodyTop = m.pad + head.height + BASE.headerGap * m.k;
  const bodyBottom = ruleY - BASE.plotGap * m.k;
  const hasLegend = input.spec.legend.length > 0;
  const footOps = footer(input, m, m.pad, footTop, contentWidth).ops;
  const rule: RuleOp = { kind: 'rule', x1: m.pad, x2: width - m.pad, y: ruleY, width: m.k };

  let plot: PlotPlacement;
  let legendOps: DrawOp[] = [];
  if (placement === 'top' || !hasLegend) {
    const legend = legendRows(input, m, m.pad, bodyTop, contentWidth);
    const plotTop = bodyTop + (hasLegend ? legend.height + BASE.plotGap * m.k : 0);
    plot = fit({ x: m.pad, y: plotTop, width: contentWidth, height: bodyBottom - plotTop }, input.plot);
    legendOps = legend.ops;
  } else {
    const columnGap = BASE.legendColumnGap * m.k;
    const measured = legendColumn(input, m, 0, 0, contentWidth * 0.3);
    const columnWidth = Math.min(measured.width, contentWidth * 0.3);
    const box = { x: m.pad, y: bodyTop, width: contentWidth - columnWidth - columnGap, height: bodyBottom - bodyTop };
    const fitted = fit(box, input.plot);
    // Plot and legend centred together, the legend level with the plot's top.
    const groupLeft = m.pad + (contentWidth - (fitted.width + columnGap + columnWidth)) / 2;
    plot = { ...fitted, x: groupLeft };
    legendOps = legendColumn(input, m, groupLeft + fitted.width + columnGap, fitted.y, columnWidth).ops;
  }
  return rated({
    width,
    height,
    ...pixelSize(input.size, width, height),
    ops: [...head.ops, ...legendOps, rule, ...footOps],
    plot,
    legendPlacement: hasLegend ? placement : 'none',
    typeScale: k,
    minorScale: minor,
  }, input);
}

/**
 * Legend ≤ 1.35× the plot's labels as drawn, between the smallest readable scale (`floor`) and
 * the headline scale.
 */
function minorScaleFor(input: LayoutInput, plotScale: number, k: number, floor: number): number {
  if (input.plotTextSize === undefined || !(input.plotTextSize > 0)) return k;
  const drawn = input.plotTextSize * plotScale;
  return Math.min(k, Math.max(floor, (drawn * 1.35) / BASE.legend.size));
}

/** The layout at one type scale, its legend and footer brought in line with the plot's labels. */
function balanced(input: LayoutInput, width: number, height: number, k: number, placement: Placement, floor: number): FrameLayout {
  // Keys and sources read smaller than the headline on a slide, as in any deck.
  const cap = Math.min(k, MINOR_MAX);
  const first = fixedAt(input, width, height, k, placement, cap);
  const minor = minorScaleFor(input, first.plot.scale, cap, floor);
  if (minor >= cap - 0.01) return first;
  // Smaller words leave the plot more room; measure again at the scale that gives.
  const second = fixedAt(input, width, height, k, placement, minor);
  return fixedAt(input, width, height, k, placement, Math.max(minor, minorScaleFor(input, second.plot.scale, cap, floor)));
}

/** Readable before unreadable; then the bigger plot (readable), or the larger smallest word (not). */
function better(a: FrameLayout, b: FrameLayout): boolean {
  if (a.readable !== b.readable) return a.readable;
  return a.readable ? a.plot.scale > b.plot.scale : a.minTextPx > b.minTextPx;
}

function fixedLayout(input: LayoutInput, size: { width: number; height: number }): FrameLayout {
  const width = FIXED_LOGICAL_WIDTH;
  const height = Math.round((FIXED_LOGICAL_WIDTH * size.height) / size.width);
  const placements: Placement[] = input.spec.legend.length > 0 ? ['top', 'right', 'side'] : ['top', 'side'];
  // The smallest scale at which the frame's smallest words (the footer's) are still readable.
  const floor = MIN_TEXT_PX / pixelRatio(size) / BASE.footer.size;
  const scales: number[] = [];
  for (let k = width / 1024; k > floor; k *= 0.9) scales.push(k);
  scales.push(floor);
  let fallback: FrameLayout | undefined;
  // Slide-sized type first; smaller type only while words crowd a height-bound plot.
  for (const k of scales) {
    const candidates = placements.map((placement) => balanced(input, width, height, k, placement, floor));
    const readable = candidates.filter((c) => c.readable);
    // Rows on top unless another placement makes the plot clearly bigger.
    const best = (readable.length > 0 ? readable : candidates).reduce((a, b) => (b.plot.scale > a.plot.scale * 1.05 ? b : a));
    const contentWidth = width - 2 * BASE.pad * k;
    if (best.readable && (best.plot.height >= height * 0.45 || best.plot.width >= contentWidth * 0.9)) return best;
    if (!fallback || better(best, fallback)) fallback = best;
  }
  if (!fallback) throw new Error('no layout fits');
  return fallback;
}

/** The frame laid out for one export size. */
export function layoutFrame(input: LayoutInput): FrameLayout {
  if (!(input.plot.width > 0 && input.plot.height > 0)) throw new Error('the plot has no size');
  return 'scale' in input.size ? naturalLayout(input) : fixedLayout(input, input.size);
}
