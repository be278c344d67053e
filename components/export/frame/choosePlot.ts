/**
 * Which of a view's plots an export draws, and with what: the view may hold several (the layout
 * on screen, another width's, one laid out for slides). A scaled export (1×, 2×, 4×) draws the
 * plot on screen, enlarged if its labels are below the readable minimum. A fixed size (a slide)
 * draws the first plot, in the order given, whose every word is readable in the frame at that size,
 * leaving out optional detail (the map's place names) where that detail alone would be too small.
 * When none is readable it says so, with the layout that came closest. Pure.
 */
import { layoutFrame, MIN_TEXT_PX, pixelRatio, type FrameLayout, type LayoutInput } from './frameLayout';

/** What the layout needs to know of a plot. */
export interface PlotSizes {
  viewBox: { width: number; height: number };
  /** On screen now (or would be, were its view not behind the Table tab). */
  rendered: boolean;
  /** Drawn only for exports (laid out for slides): never what a scaled export shows. */
  exportOnly?: boolean;
  /** The median and the smallest size of its labels, in plot units. */
  textSize?: number;
  minTextSize?: number;
  /** The smallest label of its optional detail, in plot units. */
  optionalMinTextSize?: number;
}

export interface PlotChoice {
  /** Index of the plot drawn. */
  index: number;
  layout: FrameLayout;
  /** Draw the optional detail (its words are readable at the plot's scale). */
  keepOptional: boolean;
}

type FrameInput = Omit<LayoutInput, 'plot' | 'plotTextSize' | 'plotMinTextSize'>;

function layoutWith(base: FrameInput, plot: PlotSizes, minTextSize: number | undefined): FrameLayout {
  return layoutFrame({
    ...base,
    plot: { width: plot.viewBox.width, height: plot.viewBox.height },
    ...(plot.textSize !== undefined ? { plotTextSize: plot.textSize } : {}),
    ...(minTextSize !== undefined ? { plotMinTextSize: minTextSize } : {}),
  });
}

/** Optional detail is drawn only where its words come out at MIN_TEXT_PX or more. */
function keepsOptional(plot: PlotSizes, layout: FrameLayout, base: FrameInput): boolean {
  if (plot.optionalMinTextSize === undefined) return true;
  return plot.optionalMinTextSize * layout.plot.scale * pixelRatio(base.size) >= MIN_TEXT_PX - 0.005;
}

const smallest = (...sizes: (number | undefined)[]): number | undefined => {
  const known = sizes.filter((s): s is number => s !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
};

/**
 * The plot to draw and its layout; undefined when there is no plot with a size. `plots` in order
 * of preference for a fixed size (laid out for slides first, then the one on screen).
 */
export function choosePlot(plots: readonly PlotSizes[], base: FrameInput): PlotChoice | undefined {
  const usable = plots.map((plot, index) => ({ plot, index })).filter(({ plot }) => plot.viewBox.width > 0 && plot.viewBox.height > 0);
  if ('scale' in base.size) {
    // The picture on screen, its optional words kept (at 1× or more they are as large as there).
    const shown = usable.find((u) => u.plot.rendered) ?? usable.find((u) => !u.plot.exportOnly) ?? usable[0];
    if (!shown) return undefined;
    const { plot, index } = shown;
    const layout = layoutWith(base, plot, smallest(plot.minTextSize, plot.optionalMinTextSize));
    return { index, layout, keepOptional: true };
  }
  let closest: PlotChoice | undefined;
  for (const { plot, index } of usable) {
    const layout = layoutWith(base, plot, plot.minTextSize);
    const choice = { index, layout, keepOptional: keepsOptional(plot, layout, base) };
    if (layout.readable) return choice;
    if (!closest || layout.minTextPx > closest.layout.minTextPx) closest = choice;
  }
  return closest;
}
