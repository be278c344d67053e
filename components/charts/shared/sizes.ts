/**
 * How large a chart is laid out. Every chart's layout takes a box of any numeric width (and, where
 * it matters, height): `layout(input, box)`. The presets name the boxes pages ask for:
 *
 * - `full` (960 wide) reads well from about 800 px of column up; `compact` (440 wide) below that.
 *   A chart page draws both in its server HTML and a container query shows the one that fits; the
 *   dashboard's embeds draw `compact`. On the client each plot then measures its column
 *   (`useLayoutWidth`) and lays itself out again at the real width, so a 360 px phone draws a
 *   ~330-wide layout with its labels at 12 px or more instead of a 440 drawing scaled to 75 %.
 * - `slide` (about 790 × 650: the box a 16:9 slide leaves a plot beside a column of title, legend and
 *   sources at 1280 × 720, labels of at least 12 px, so none is drawn below 11 px on the slide:
 *   components/export/frame/frameLayout.ts, MIN_TEXT_PX) is never shown on a chart's page: it is
 *   drawn on demand, hidden, when an export at a slide size asks for it (`exportLayouts.ts`). A chart
 *   may have its own: membership, milestones and the RATS figures, tall charts, take a wide, short
 *   box laid out for the PowerPoint figure box (the slide less its title and footer).
 */
import type { Locale } from '@/lib/i18n';
export type ChartSize = 'full' | 'compact' | 'slide';

/** A layout's box in CSS px: a width, and a height where the chart can use one. */
export interface ChartBox {
  width: number;
  height?: number;
}

export const SIZE_BOX: Readonly<Record<ChartSize, ChartBox>> = {
  full: { width: 960 },
  compact: { width: 440 },
  slide: { width: 790, height: 650 },
};

/** The sizes drawn on screen. */
export const ALL_SIZES: readonly ChartSize[] = ['full', 'compact'];

/** The size drawn for exports only (hidden, on demand). */
export const EXPORT_SIZE = 'slide' satisfies ChartSize;

/** The narrowest layout: a 320 px phone's column. Narrower columns scale it down. */
export const MIN_LAYOUT_WIDTH = 280;
/** The widest layout: wider columns scale the 960 one up, as before. */
export const MAX_LAYOUT_WIDTH = 960;

/** A preset's box (from a chart's own presets, where it has them), or the box itself. */
export function boxOf(size: ChartSize | ChartBox, presets: Readonly<Record<ChartSize, ChartBox>> = SIZE_BOX): ChartBox {
  return typeof size === 'string' ? presets[size] : size;
}

/**
 * A dimension that grows with the width: `narrow` at `from` px wide (and below), `wide` at `to` px
 * (and above), in proportion between.
 */
export function byWidth(width: number, narrow: number, wide: number, from = SIZE_BOX.compact.width, to = SIZE_BOX.full.width): number {
  const t = Math.min(1, Math.max(0, (width - from) / (to - from)));
  return narrow + (wide - narrow) * t;
}

export interface ChartRenderProps {
  /** The page's language (issue #18: wired through in a following change). */
  locale: Locale;

  /** The layouts to draw in the server HTML (default: both); the slide layout is drawn on demand. */
  sizes?: readonly ChartSize[];
  /** Heading level of the title: 1 on a chart's own page. */
  headingLevel?: 1 | 2 | 3;
  /**
   * Whether the plots lay themselves out again at their column's width on the client (default).
   * Off where the plot is fitted to a fixed box instead (the briefing's slide embeds).
   */
  responsive?: boolean;
}

/** The sizes asked for on screen, then the slide layout (drawn on demand, for exports). */
export function withExportSize(sizes: readonly ChartSize[]): ChartSize[] {
  return [...sizes.filter((s) => s !== EXPORT_SIZE), EXPORT_SIZE];
}
