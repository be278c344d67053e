/** "1 record", "180 records", "21 запись", "180 条记录": how many rows a dataset has, in words (an ICU plural). */
import { format, messages, type Locale } from '@/lib/i18n';

export function recordCount(count: number, locale: Locale): string {
  const t = messages(locale).data.page;
  // `records` is the full plural (Russian: one/few/many/other; "21 запись"); `recordsOne` the
  // lone record, which English words apart ("1 record" beside "{count} records").
  return count === 1 ? t.recordsOne : format(t.records, { count }, locale);
}
