/**
 * The RATS chart's words in the page's language, written on the server: when a figure was stated,
 * what contests it, a point's accessible name. The plot gets them as strings in the model.
 */
import { format, messages, type Locale } from '@/lib/i18n';
import type { RatsPoint } from './ratsModel';

type Contesting = Pick<RatsPoint['contestedBy'][number], 'valueText' | 'counts' | 'dateText'>;

/** "March 2019" or "2018 · covers 2013–2017": when a figure was stated, and what it covers. */
export function whenText(p: Pick<RatsPoint, 'dateText' | 'period'>, locale: Locale): string {
  const t = messages(locale).charts.rats;
  return p.period !== undefined ? format(t.when, { date: p.dateText, period: p.period }, locale) : p.dateText;
}

/** "more than 4,500 radicals entered in the unified database …, 15 March 2019". */
export function contestedByText(o: Contesting, locale: Locale): string {
  return format(messages(locale).charts.rats.contestedByText, { value: o.valueText, counts: o.counts, date: o.dateText }, locale);
}

/** "vs more than 4,500 (15 March 2019)": the sub-row under a contested figure. */
export function besideText(o: Pick<Contesting, 'valueText' | 'dateText'>, locale: Locale): string {
  return format(messages(locale).charts.rats.beside, { value: o.valueText, date: o.dateText }, locale);
}

/** A point's accessible name: when, what it counts, the figure, and what contests it. */
export function pointName(p: Pick<RatsPoint, 'whenText' | 'counts' | 'valueText' | 'contested' | 'contestedBy'>, locale: Locale): string {
  const t = messages(locale).charts.rats;
  const values = { date: p.whenText, counts: p.counts, value: p.valueText };
  if (!p.contested) return format(t.markName, values, locale);
  const other = p.contestedBy.map((o) => contestedByText(o, locale)).join('; ');
  return format(t.markNameContested, { ...values, other: other === '' ? messages(locale).data.confidence.conflicting : other }, locale);
}
