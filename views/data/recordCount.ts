/** "1 record", "180 records": how many rows a dataset has, in words. */
import { format, messages } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

export function recordCount(count: number, _locale: Locale): string {
  const t = messages().data.page;
  return count === 1 ? t.recordsOne : format(t.records, { count });
}
