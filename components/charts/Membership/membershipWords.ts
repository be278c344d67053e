/**
 * The membership chart's words in the page's language, written on the server: each year's counts
 * ("10 members", "10 государств-членов") and name, each status period's name. The plot gets them
 * as strings in the model (LabelledYear, Lane).
 */
import { formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { SERIES, seriesValue, type LabelledYear, type Lane, type LanePeriod, type SeriesKey, type YearCounts } from './membershipModel';

export function seriesLabel(key: SeriesKey, locale: Locale): string {
  const t = messages(locale).charts.membership;
  return { members: t.seriesMembers, observer: t.seriesObservers, dialoguePartner: t.seriesDialoguePartners, partner: t.seriesPartners }[key];
}

/** "10 members", "1 observer" (plural forms by the language's rules). */
export function seriesCount(key: SeriesKey, count: number, locale: Locale): string {
  const forms = messages(locale).charts.membership.counts[key];
  return count === 1 ? forms.one : format(forms.other, { count }, locale);
}

/** "8 members, 4 observers, 6 dialogue partners": the non-zero series of a year. */
export function countsText(y: YearCounts, locale: Locale): string {
  // A list without "and": "8 members, 4 observers", "8个成员国、4个观察员国".
  const list = new Intl.ListFormat(LOCALE_TAGS[locale], { style: 'narrow', type: 'conjunction' });
  return list.format(SERIES.filter((k) => seriesValue(y, k) > 0).map((k) => seriesCount(k, seriesValue(y, k), locale)));
}

/** Each year with its words: the counts' labels and the year's accessible name. */
export function labelYears(counts: readonly YearCounts[], locale: Locale): LabelledYear[] {
  const t = messages(locale).charts.membership;
  return counts.map((c) => ({
    ...c,
    labels: Object.fromEntries(SERIES.filter((k) => seriesValue(c, k) > 0).map((k) => [k, seriesCount(k, seriesValue(c, k), locale)])),
    name: format(t.yearName, { year: c.year, counts: countsText(c, locale) }, locale),
  }));
}

/** "India: Observer, July 2005 to 9 June 2017". */
export function periodName(stateName: string, p: Omit<LanePeriod, 'name'>, locale: Locale): string {
  const t = messages(locale).charts.membership;
  const status = messages(locale).data.status[p.status];
  const from = formatPartialDate(p.from, locale);
  return p.to === undefined
    ? format(t.periodNameOpen, { state: stateName, status, from }, locale)
    : format(t.periodName, { state: stateName, status, from, to: formatPartialDate(p.to, locale) }, locale);
}

export type { Lane };
