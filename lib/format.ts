/**
 * Formatting shared by pages, tables and exports: partial dates at their own precision
 * ("2005", "July 2005", "9 June 2017") and counts with their source's qualifier
 * ("more than 45,000"). Words come from the locale files; numbers and month names from Intl.
 */
import type { Qualifier } from '@/data/schema';
import { formatWords as en } from '@/locales/en/format';
import { formatWords as ru } from '@/locales/ru/format';
import type { Catalogue } from '@/locales/shape';
import { formatWords as zh } from '@/locales/zh/format';
import type { SiteLocale as Locale } from './messages/locales';

/** The Intl locale each UI locale formats with (British English: "9 June 2017"; 2017年6月9日). */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru', zh: 'zh-Hans' };

/** Each locale's few words for counts and spans (locales/<locale>/format.ts, not the whole catalogue). */
const WORDS: Record<Locale, Catalogue<typeof en>> = { en, ru, zh };

/** Fills the `{name}` arguments of these plain messages (they have no plurals or selects). */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

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
export function formatPartialDate(date: string, locale: Locale): string {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (mo === undefined) return y ?? date;
  const instant = new Date(Date.UTC(Number(y), Number(mo) - 1, d === undefined ? 1 : Number(d)));
  if (Number.isNaN(instant.getTime())) return date;
  return dateFormatter(locale, d !== undefined).format(instant);
}

/** The instant and precision of a partial date, or null for a bare year or anything else. */
function partialInstant(date: string): { instant: Date; withDay: boolean } | null {
  const m = PARTIAL_DATE.exec(date);
  if (!m || m[2] === undefined) return null;
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] === undefined ? 1 : Number(m[3])));
  return Number.isNaN(instant.getTime()) ? null : { instant, withDay: m[3] !== undefined };
}

/** A date's words without its year: "9 August", "9 августа", "8月9日". */
function withoutYear(instant: Date, withDay: boolean, locale: Locale): string {
  const parts = dateFormatter(locale, withDay).formatToParts(instant);
  const at = parts.findIndex((p) => p.type === 'year');
  if (at < 0) return parts.map((p) => p.value).join('');
  const after = parts[at + 1];
  // The year's own word goes with it ("年", " г."); otherwise the space before it.
  const drop = after?.type === 'literal' && after.value.trim() !== '' ? [at, at + 1] : [at - 1, at];
  return parts
    .filter((_, i) => !drop.includes(i))
    .map((p) => p.value)
    .join('')
    .trim();
}

/**
 * A span of dates, the year written once when both ends share it: "9 August – 17 August 2007",
 * "9 августа — 17 августа 2007 г.", "2020年1月至6月". A single date when there is no end or it
 * equals the start.
 */
export function formatDateRange(start: string, end: string | undefined, locale: Locale): string {
  const from = formatPartialDate(start, locale);
  if (end === undefined || end === start) return from;
  const to = formatPartialDate(end, locale);
  const a = partialInstant(start);
  const b = partialInstant(end);
  if (a !== null && b !== null && a.withDay === b.withDay && a.instant.getUTCFullYear() === b.instant.getUTCFullYear()) {
    // Chinese writes the year first and once (2020年1月至6月); English and Russian once, at the end.
    const yearFirst = locale === 'zh';
    const startWords = yearFirst ? from : withoutYear(a.instant, a.withDay, locale);
    const endWords = yearFirst ? withoutYear(b.instant, b.withDay, locale) : to;
    return fill(WORDS[locale].dateRange, { start: startWords, end: endWords });
  }
  return fill(WORDS[locale].dateRange, { start: from, end: to });
}

/** An integer with thousands separators: 45000 → "45,000". */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormatter(locale).format(value);
}

/**
 * A count as its source qualifies it: (45000, 'moreThan') → "more than 45,000";
 * with `max`, a range: (2000, 'about', 3000) → "about 2,000–3,000".
 */
export function formatCount(value: number, qualifier: Qualifier, max: number | undefined, locale: Locale): string {
  const t = WORDS[locale];
  const number =
    max === undefined || max === value
      ? formatNumber(value, locale)
      : fill(t.range, { min: formatNumber(value, locale), max: formatNumber(max, locale) });
  return fill(t.qualifiers[qualifier], { value: number });
}
