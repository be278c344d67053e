/**
 * The frame's words in the page's language: the source line ("Source: …; and 3 more") and the
 * data date ("Data as of 1 September 2025"). Server only (it reads the catalogue): client leaves
 * get the lines already worded, or the compiled messages (ExportMenu). The English default of
 * `locale` is for callers outside the charts (briefing, map) until they pass theirs.
 */
import { formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { shortPublisher, type FrameSpec, type SourceRow } from './frameSpec';

/**
 * The source line for the records a chart shows, from the source ids they cite: one entry per
 * publisher with the years of its sources ("TASS (2017, 2022)"), `firstId`'s publisher first
 * (the article), the rest alphabetical; past `max` publishers it ends "and N more (each row names
 * its sources in the table)". Ids that resolve to nothing are skipped (the validator reports them).
 * Empty when nothing resolves.
 */
export function buildSourceLine(
  sourceIds: Iterable<string>,
  sources: readonly SourceRow[],
  options: { firstId?: string; max?: number } = {},
  locale: Locale = 'en',
): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const years = new Map<string, Set<string>>();
  let first: string | undefined;
  for (const id of sourceIds) {
    const source = byId.get(id);
    if (!source) continue;
    const name = shortPublisher(source);
    if (id === options.firstId) first = name;
    const set = years.get(name) ?? new Set<string>();
    years.set(name, set);
    if (source.date !== undefined) set.add(source.date.slice(0, 4));
  }
  const names = [...years.keys()].filter((n) => n !== first).sort((a, b) => a.localeCompare(b, LOCALE_TAGS[locale]));
  if (first !== undefined) names.unshift(first);
  if (names.length === 0) return '';
  const parts = names.map((name) => {
    const ys = [...(years.get(name) ?? [])].sort();
    return ys.length > 0 ? `${name} (${ys.join(', ')})` : name;
  });
  const t = messages(locale).charts.frame;
  const max = options.max ?? Infinity;
  const shown = parts.length > max ? parts.slice(0, max) : parts;
  const more = parts.length - shown.length;
  return `${t.sourcePrefix}${shown.join('; ')}${more > 0 ? format(t.moreSources, { count: more }, locale) : ''}`;
}

/** "Data as of 1 September 2025". */
export function asOfLine(asOf: string, locale: Locale = 'en'): string {
  return format(messages(locale).charts.frame.asOf, { date: formatPartialDate(asOf, locale) }, locale);
}

/** The footer as lines of text, in display order (what exports draw under the chart). */
export function frameFooterLines(spec: FrameSpec, locale: Locale): string[] {
  return [spec.sourceLine, asOfLine(spec.asOf, locale), spec.url].filter((line) => line.length > 0);
}

