/** The charts, by the id in their URL (`/charts/<id>/`). Plain data: safe anywhere. */
export const CHART_ID = {
  terrorism2020: 'terrorism-2020',
  ratsFigures: 'rats-figures',
  membership: 'membership',
  exercisesByYear: 'exercises-by-year',
  milestones: 'milestones',
} as const;
export type ChartId = (typeof CHART_ID)[keyof typeof CHART_ID];

/** Every chart id, in the order pages list them. */
export const CHART_IDS: readonly ChartId[] = Object.values(CHART_ID);

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

/** The charts that mark the map's year (the dashboard passes it on to them). */
export const YEAR_CHART_IDS: readonly ChartId[] = [CHART_ID.membership, CHART_ID.exercisesByYear];

/** The charts the dashboard shows beside the map (milestones stays on /charts). */
export const DASHBOARD_CHART_IDS: readonly ChartId[] = [CHART_ID.terrorism2020, CHART_ID.ratsFigures, CHART_ID.membership, CHART_ID.exercisesByYear];

/** The `[id]` params of every page built once per chart (its page, its embed, its slide). */
export function chartStaticParams(): { id: string }[] {
  return CHART_IDS.map((id) => ({ id }));
}
