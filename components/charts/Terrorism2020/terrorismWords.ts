/**
 * The terrorism 2020 chart's words in the page's language, written on the server: a period as the
 * reader's language writes it, another source's claim, a bar's label, flag and accessible name.
 * The plot gets them as strings in the model (terrorismModel.ts).
 */
import type { Period } from '@/data/schema';
import { formatCount, formatDateRange } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { inSentence } from '../shared/chartContext';
import type { OtherClaim, TerrorismBar } from './terrorismModel';

/**
 * "January–June 2020": the source's own label in English; in another language the period's dates
 * as that language writes a span ("январь — июнь 2020 г.", "2020年1月至6月", "2020").
 */
export function periodText(period: Pick<Period, 'from' | 'to' | 'label'>, locale: Locale): string {
  return locale === 'en' ? period.label : formatDateRange(period.from, period.to, locale);
}

/** "44 in UrduPoint (2021)" or "“4 terrorist acts prevented” in Sputnik Uzbekistan (2021)". */
export function otherClaimText(o: OtherClaim, locale: Locale): string {
  const t = messages(locale).charts.terrorism;
  return o.value !== undefined
    ? format(t.otherValue, { value: formatCount(o.value, 'exact', undefined, locale), source: o.source }, locale)
    : format(t.otherClaim, { text: o.text, source: o.source }, locale);
}

/** What the other sources say of a disputed figure: each version, or "conflicting" when none is kept. */
export function othersText(others: readonly OtherClaim[], locale: Locale): string {
  return others.length > 0 ? others.map((o) => otherClaimText(o, locale)).join('; ') : messages(locale).data.confidence.conflicting.toLocaleLowerCase(LOCALE_TAGS[locale]);
}

type BarWords = Pick<TerrorismBar, 'countryName' | 'period' | 'valueText' | 'disputed' | 'others' | 'value'>;

/** "Russia, terrorist attacks prevented, 2020: 41 (disputed: 44 in UrduPoint (2021))". */
export function barName(bar: BarWords, metricLabel: string, locale: Locale): string {
  const t = messages(locale).charts.terrorism;
  const values = { country: bar.countryName, metric: inSentence(metricLabel, locale), period: bar.period, value: bar.valueText };
  if (!bar.disputed) return format(t.markName, values, locale);
  return format(t.markNameDisputed, { ...values, other: othersText(bar.others, locale) }, locale);
}

/** The flag's text: "disputed", and the other source's number when it gives one ("disputed: 44"). */
export function flagText(other: number | undefined, locale: Locale): string {
  const t = messages(locale).charts.terrorism;
  return other === undefined ? t.disputed : format(t.disputedOther, { value: formatCount(other, 'exact', undefined, locale) }, locale);
}

/** The words at a bar, its flag and its name. */
export function barWords(bar: BarWords, metricLabel: string, locale: Locale): Pick<TerrorismBar, 'name' | 'label' | 'flagText'> {
  const other = bar.others.find((o) => o.value !== undefined && o.value !== bar.value)?.value;
  return {
    name: barName(bar, metricLabel, locale),
    label: format(messages(locale).charts.terrorism.barLabel, { value: bar.valueText, period: bar.period }, locale),
    flagText: flagText(other, locale),
  };
}
