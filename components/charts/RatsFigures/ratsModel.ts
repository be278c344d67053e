/**
 * The RATS figures chart's model as its layout and plot need it: groups of dated points, and the
 * words for them. No dataset or schema values are imported: it is bundled with the plot, which
 * lays itself out in the browser.
 */
import type { RatsMetric } from '@/data/schema';
import type { ColorToken } from '@/components/frame/tokens';
import { format, messages } from '@/lib/i18n';

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
  contestedBy: { id: string; value: number; valueText: string; dateText: string; counts: string }[];
  sourceIds: string[];
  note?: string;
}

export interface RatsGroup {
  metric: RatsMetric;
  label: string;
  token: ColorToken;
  points: RatsPoint[];
}

/** "March 2019" or "2018 · covers 2013–2017": when a figure was stated, and what it covers. */
export function whenText(p: RatsPoint): string {
  const t = messages().charts.rats;
  return p.period !== undefined ? format(t.when, { date: p.dateText, period: p.period }) : p.dateText;
}

export function pointName(p: RatsPoint): string {
  const t = messages().charts.rats;
  const values = { date: whenText(p), counts: p.counts, value: p.valueText };
  if (!p.contested) return format(t.markName, values);
  const other = p.contestedBy.map((o) => format(t.contestedByText, { value: o.valueText, counts: o.counts, date: o.dateText })).join('; ');
  return format(t.markNameContested, { ...values, other: other === '' ? messages().data.confidence.conflicting : other });
}
