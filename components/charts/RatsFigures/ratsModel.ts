/**
 * The RATS figures chart's model as its layout and plot need it: groups of dated points with their
 * words already written in the page's language (ratsWords.ts, on the server). No dataset, schema
 * values or catalogue are imported: it is bundled with the plot, which lays itself out in the browser.
 */
import type { RatsMetric } from '@/data/schema';
import type { ColorToken } from '@/components/frame/tokens';

export const RATS_CHART_ID = 'rats-figures';

export interface RatsPoint {
  id: string;
  metric: RatsMetric;
  date: string;
  /** "March 2019". */
  dateText: string;
  counts: string;
  value: number;
  /** "more than 45,000". */
  valueText: string;
  openEnded: boolean;
  /** The source's own words ("более 4500 радикалов (more than 4,500 radicals)"). */
  stated: string;
  period?: string;
  speaker?: string;
  contested: boolean;
  /** The figures that contradict this one, as the chart shows them beside it. */
  contestedBy: { id: string; value: number; valueText: string; dateText: string; counts: string; /** "vs more than 4,500 (15 March 2019)". */ beside: string }[];
  sourceIds: string[];
  note?: string;
  /** "March 2019" or "2018 · covers 2013–2017". */
  whenText: string;
  /** The point's accessible name. */
  name: string;
}

export interface RatsGroup {
  metric: RatsMetric;
  label: string;
  token: ColorToken;
  points: RatsPoint[];
}
