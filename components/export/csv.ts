/**
 * CSV of the data as shown (RFC 4180): a header row of column labels, one line per row, CRLF line
 * ends, fields quoted when they hold a comma, a quote, a line break or edge spaces. Prefixed with a
 * UTF-8 byte order mark so Excel reads "Ürümqi" and "–" right.
 *
 * The same quoting as `toCsv` in lib/datasetTable.ts, which cannot be imported here: it pulls every
 * dataset into the client bundle.
 */

export type CsvCell = string | number;

export interface CsvColumn {
  /** Key of the cell in each row. */
  key: string;
  /** Header as the table shows it. */
  label: string;
}

export const UTF8_BOM = '\uFEFF';

/** One field: numbers as plain digits (no thousands separators), text quoted when needed. */
export function csvField(value: CsvCell | undefined): string {
  if (value === undefined) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV text, without the BOM. */
export function toCsv(columns: readonly CsvColumn[], rows: readonly Record<string, CsvCell>[]): string {
  const lines = [columns.map((c) => csvField(c.label))];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key])));
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** The rows as a CSV file: UTF-8 with a BOM, `text/csv`. */
export function csvBlob(columns: readonly CsvColumn[], rows: readonly Record<string, CsvCell>[]): Blob {
  return new Blob([UTF8_BOM, toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
}
