/**
 * Formatting shared by pages, tables and exports: partial dates at their own precision
 * ("2005", "July 2005", "9 June 2017") and counts with their source's qualifier
 * ("more than 45,000"). Words come from the locale files; numbers and month names from Intl.
 */
import type { Qualifier } from '@/data/schema';
import { format, messages, type Locale } from './i18n';

/** The Intl locale each UI locale formats with (British English: "9 June 2017"). */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB' };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Intl formatters are costly to build (tens of microseconds each, far more on a slow phone) and
 * tables and the map format hundreds of dates while hydrating, so each one is built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormatter(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const key = `date:${locale}:${withDay ? 'day' : 'month'}`;
  let f = formatters.get(key);
  if (!(f instanceof Intl.DateTimeFormat)) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    formatters.set(key, f);
  }
  return f;
}

function numberFormatter(locale: Locale): Intl.NumberFormat {
  const key = `number:${locale}`;
  let f = formatters.get(key);
  if (!(f instanceof Intl.NumberFormat)) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 6 });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A date as precise as its source: "2005" → "2005", "2005-07" → "July 2005",
 * "2017-06-09" → "9 June 2017". Anything else is returned unchanged.
 */
export function formatPartialDate(date: string, locale: Locale = 'en'): string {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (mo === undefined) return y ?? date;
  const instant = new Date(Date.UTC(Number(y), Number(mo) - 1, d === undefined ? 1 : Number(d)));
  if (Number.isNaN(instant.getTime())) return date;
  return dateFormatter(locale, d !== undefined).format(instant);
}

/** "9 June 2017 – 14 June 2017"; a single date when there is no end or it equals the start. */
export function formatDateRange(start: string, end?: string, locale: Locale = 'en'): string {
  const from = formatPartialDate(start, locale);
  if (end === undefined || end === start) return from;
  return format(messages(locale).data.dateRange, { start: from, end: formatPartialDate(end, locale) });
}

/** An integer with thousands separators: 45000 → "45,000". */
export function formatNumber(value: number, locale: Locale = 'en'): string {
  return numberFormatter(locale).format(value);
}

/**
 * A count as its source qualifies it: (45000, 'moreThan') → "more than 45,000";
 * with `max`, a range: (2000, 'about', 3000) → "about 2,000–3,000".
 */
export function formatCount(value: number, qualifier: Qualifier = 'exact', max?: number, locale: Locale = 'en'): string {
  const t = messages(locale).data;
  const number =
    max === undefined || max === value
      ? formatNumber(value, locale)
      : format(t.range, { min: formatNumber(value, locale), max: formatNumber(max, locale) });
  return format(t.qualifiers[qualifier], { value: number });
}
