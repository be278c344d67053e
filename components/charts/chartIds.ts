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
