/**
 * How large a chart is laid out. `full` (960 wide) reads well from about 800 px of column up;
 * `compact` (440 wide) below that. A chart page draws both and a container query shows the one
 * that fits (so a phone never gets 5 px text); the dashboard draws only `compact`.
 *
 * `slide` is never shown: a chart draws it hidden beside the others (ChartView) for the exporter,
 * which takes it for a 16:9 slide export (1920 × 1080, 1200 × 675) when it reads better there than
 * the plot on screen (`withExportSize`). It is laid out for the box a slide leaves a plot beside a column of title,
 * legend and sources (about 790 × 650 at 1280 × 720), with labels of at least 12 px, so none is
 * drawn below 11 px on the slide (components/export/frame/frameLayout.ts, MIN_TEXT_PX).
 */
export type ChartSize = 'full' | 'compact' | 'slide';

/** The sizes drawn on screen. */
export const ALL_SIZES: readonly ChartSize[] = ['full', 'compact'];

/** The size drawn for exports only (hidden). */
export const EXPORT_SIZE = 'slide' satisfies ChartSize;

/**
 * The on-screen sizes asked for, and the export-only slide layout after them. A chart whose slide
 * layout is its full one (`slideIsFull`) draws it only where the page has no full layout (an
 * embed): elsewhere the exporter takes the full one. A chart whose on-screen layouts all read well
 * on a slide (exercises by year) does not ask for it.
 */
export function withExportSize(sizes: readonly ChartSize[], options: { slideIsFull?: boolean } = {}): ChartSize[] {
  const shown = sizes.filter((s) => s !== EXPORT_SIZE);
  return options.slideIsFull && shown.includes('full') ? shown : [...shown, EXPORT_SIZE];
}

export interface ChartRenderProps {
  /** The layouts to draw on screen (default: both); the slide layout for exports is always added. */
  sizes?: readonly ChartSize[];
  /** Heading level of the title: 1 on a chart's own page. */
  headingLevel?: 1 | 2 | 3;
}
