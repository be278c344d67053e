/**
 * CSV as every download of the atlas writes it (RFC 4180): a header row of column labels, one line
 * per row, CRLF line ends, fields quoted when they hold a comma, a quote, a line break or edge
 * spaces; numbers as plain digits (no thousands separators). Files start with a UTF-8 byte order
 * mark so Excel reads "Ürümqi" and "–" right. Pure and dependency-free: the datasets' files (built
 * by scripts/prebuild.ts) and the exports in the browser share it.
 */

export type CsvCell = string | number;

export interface CsvColumn {
  /** Key of the cell in each row. */
  key: string;
  /** Header as the table shows it. */
  label: string;
}

export const UTF8_BOM = '\uFEFF';

/** One field: numbers as plain digits, text quoted when needed; empty for a missing value. */
export function csvField(value: CsvCell | undefined): string {
  if (value === undefined) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV text, without the BOM. */
export function toCsv(columns: readonly CsvColumn[], rows: readonly Readonly<Record<string, CsvCell>>[]): string {
  const lines = [columns.map((c) => csvField(c.label))];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key])));
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** A CSV file's whole text: the BOM, then the rows. */
export function csvFileText(columns: readonly CsvColumn[], rows: readonly Readonly<Record<string, CsvCell>>[]): string {
  return UTF8_BOM + toCsv(columns, rows);
}
