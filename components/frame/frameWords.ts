/**
 * The frame's words in the page's language: the source line ("Source: …; and 3 more") and the
 * data date ("Data as of 1 September 2025"). Server only (it reads the catalogue): client leaves
 * get the lines already worded, or the compiled messages (ExportMenu). Every caller names the
 * locale: there is no English default.
 */
import { formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { sourceLineText, type FrameSpec, type SourceRow } from './frameSpec';

/** The source line in `locale` (see sourceLineText in frameSpec.ts, which the browser uses with
 * words it is sent). */
export function buildSourceLine(
  sourceIds: Iterable<string>,
  sources: readonly SourceRow[],
  options: { firstId?: string; max?: number },
  locale: Locale,
): string {
  const t = messages(locale).charts.frame;
  const words = { prefix: t.sourcePrefix, more: (count: number) => format(t.moreSources, { count }, locale) };
  return sourceLineText(sourceIds, sources, options, words, LOCALE_TAGS[locale]);
}

/** "Data as of 1 September 2025". */
export function asOfLine(asOf: string, locale: Locale): string {
  return format(messages(locale).charts.frame.asOf, { date: formatPartialDate(asOf, locale) }, locale);
}

/** The footer as lines of text, in display order (what exports draw under the chart). */
export function frameFooterLines(spec: FrameSpec, locale: Locale): string[] {
  return [spec.sourceLine, asOfLine(spec.asOf, locale), spec.url].filter((line) => line.length > 0);
}

