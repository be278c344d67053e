/**
 * The CSV download of a view: the data as shown, in the format of lib/csv.ts (RFC 4180, UTF-8
 * with a BOM), as a `text/csv` Blob.
 */
import { csvFileText, type CsvCell, type CsvColumn } from '@/lib/csv';

export type { CsvCell, CsvColumn } from '@/lib/csv';

/** The rows as a CSV file: UTF-8 with a BOM, `text/csv`. */
export function csvBlob(columns: readonly CsvColumn[], rows: readonly Record<string, CsvCell>[]): Blob {
  return new Blob([csvFileText(columns, rows)], { type: 'text/csv;charset=utf-8' });
}
