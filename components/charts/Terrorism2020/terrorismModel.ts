/**
 * The terrorism 2020 chart's model as its layout and plot need it: panels of bars, and the words
 * for them (mark names, another source's claim). No dataset or schema values are imported: it is
 * bundled with the plot, which lays itself out in the browser.
 */
import type { Qualifier, TerrorismMetric } from '@/data/schema';
import { formatCount } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import { inSentence } from '../shared/chartContext';

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
  /** "January–June 2020". */
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
  bars: TerrorismBar[];
}

export interface PanelOptions {
  /** Add the records for other years (`fromSeed: false`). */
  otherYears: boolean;
}

/** "44 in UrduPoint (2021)" or "“4 terrorist acts prevented” in Sputnik Uzbekistan (2021)". */
export function otherClaimText(o: OtherClaim): string {
  const t = messages().charts.terrorism;
  return o.value !== undefined
    ? format(t.otherValue, { value: formatCount(o.value, 'exact'), source: o.source })
    : format(t.otherClaim, { text: o.text, source: o.source });
}

/** "Russia, terrorist attacks prevented, 2020: 41 (disputed: 44 in UrduPoint (2021))". */
export function barName(bar: TerrorismBar, metricLabel: string): string {
  const t = messages().charts.terrorism;
  const values = { country: bar.countryName, metric: inSentence(metricLabel), period: bar.period, value: bar.valueText };
  if (!bar.disputed) return format(t.markName, values);
  const other = bar.others.length > 0 ? bar.others.map(otherClaimText).join('; ') : messages().data.confidence.conflicting.toLocaleLowerCase('en');
  return format(t.markNameDisputed, { ...values, other });
}
