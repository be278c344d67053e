/**
 * A chart's view in the URL: `table=1` shows the table instead of the plot, `extra=1` the second
 * view (e.g. "Add other sourced years"). Absent means the default, so a plain link stays plain.
 * Pure: read by the chart's client leaf and by "Link to this view".
 */
export const TABLE_PARAM = 'table';
export const EXTRA_PARAM = 'extra';
export const CHART_VIEW_PARAMS = [TABLE_PARAM, EXTRA_PARAM] as const;

export interface ChartViewState {
  view: 'chart' | 'table';
  /** The second view is on (only for charts that have one). */
  alt: boolean;
}

interface ParamReader {
  get(name: string): string | null;
}

/** The view a URL asks for; anything but `1` is the default, and `extra` only where there is a second view. */
export function chartViewFromParams(params: ParamReader, hasAlternate: boolean): ChartViewState {
  return { view: params.get(TABLE_PARAM) === '1' ? 'table' : 'chart', alt: hasAlternate && params.get(EXTRA_PARAM) === '1' };
}

/** The URL parameters for a view (null removes one). */
export function chartViewParams(state: ChartViewState): Record<string, string | null> {
  return { [TABLE_PARAM]: state.view === 'table' ? '1' : null, [EXTRA_PARAM]: state.alt ? '1' : null };
}
