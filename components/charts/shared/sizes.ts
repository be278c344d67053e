/** How large a chart is drawn: `full` on its own page, `compact` in the dashboard's column. */
export type ChartSize = 'full' | 'compact';
