/**
 * A tooltip's line, "Figure: more than 200" ("数字：超过200"): the label and its value as the
 * page's language joins them. Server only (the chart components write their tooltips there).
 */
import { format, messages, type Locale } from '@/lib/i18n';

export function tipLine(label: string, value: string, locale: Locale): string {
  return format(messages(locale).charts.views.tipLine, { label, value }, locale);
}
