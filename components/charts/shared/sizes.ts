/**
 * How large a chart is laid out. `full` (960 wide) reads well from about 800 px of column up;
 * `compact` (440 wide) below that. A chart page draws both and a container query shows the one
 * that fits (so a phone never gets 5 px text); the dashboard draws only `compact`.
 */
export type ChartSize = 'full' | 'compact';

export const ALL_SIZES: readonly ChartSize[] = ['full', 'compact'];

export interface ChartRenderProps {
  /** The layouts to draw (default: both). */
  sizes?: readonly ChartSize[];
  /** Heading level of the title: 1 on a chart's own page. */
  headingLevel?: 1 | 2 | 3;
}
