/**
 * The terrorism 2020 chart's model as its layout and plot need it: panels of bars with their words
 * already written in the page's language (labels, mark names, flags: terrorismWords.ts, on the
 * server). No dataset, schema values or catalogue are imported: it is bundled with the plot, which
 * lays itself out in the browser.
 */
import type { Qualifier, TerrorismMetric } from '@/data/schema';

export const TERRORISM_CHART_ID = 'terrorism-2020';

/** What another source says about a disputed figure. */
export interface OtherClaim {
  /** The other figure, when the claim states one that differs. */
  value?: number;
  text: string;
  /** "TASS (2021)". */
  source: string;
}

export interface TerrorismBar {
  id: string;
  country: string;
  countryName: string;
  metric: TerrorismMetric;
  value: number;
  qualifier: Qualifier;
  /** "more than 200". */
  valueText: string;
  /** "January–June 2020", "январь — июнь 2020 г.", "2020年1月至6月". */
  period: string;
  periodFrom: string;
  periodTo: string;
  /** The period is one whole calendar year (else part of one, or several). */
  wholeYear: boolean;
  /** The period spans several years (a total, drawn with its own mark). */
  multiYear: boolean;
  fromSeed: boolean;
  disputed: boolean;
  others: OtherClaim[];
  /** "61 terrorist crimes stopped (2020)" when this figure is part of another. */
  partOf?: string;
  sourceIds: string[];
  note?: string;
  /** The bar's accessible name: "Russia, terrorist attacks prevented, 2020: 41 (disputed: 44 in UrduPoint (2021))". */
  name: string;
  /** The words at the bar: "more than 200 · January–June 2020". */
  label: string;
  /** What a disputed bar's flag says: "disputed", or "disputed: 44". */
  flagText: string;
}

export interface TerrorismPanel {
  /** `metric`, or `metric-multi` for its totals over several years. */
  key: string;
  metric: TerrorismMetric;
  /** Totals over several years sit in a panel of their own, never beside yearly counts. */
  multiYear: boolean;
  /** The panel's title. */
  label: string;
  /** The metric's name ("Terrorist attacks prevented"), for marks' names. */
  metricLabel: string;
  /** The flag's word without a number ("disputed"): the narrowest flag the panel leaves room for. */
  disputedWord: string;
  bars: TerrorismBar[];
}

export interface PanelOptions {
  /** Add the records for other years (`fromSeed: false`). */
  otherYears: boolean;
}
