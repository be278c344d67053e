/** "1 record", "180 records": how many rows a dataset has, in words. */
import { format, messages } from '@/lib/i18n';

export function recordCount(count: number): string {
  const t = messages().data.page;
  return count === 1 ? t.recordsOne : format(t.records, { count });
}
