/**
 * The data behind a chart, as shown: the rows its table lists and a CSV of "the data as shown"
 * is made from. Plain serialisable data; every chart's state module builds one with `toRows()`.
 * Same cell and column types as the /data tables (`lib/tableCells.ts`), so `toCsv` takes it as is.
 */
import type { Cell, TableColumn } from '@/lib/tableCells';

export type { Cell, ColumnType, TableColumn } from '@/lib/tableCells';

export interface TableData {
  /** The table's caption (also the CSV's title line). */
  caption: string;
  columns: TableColumn[];
  /** One record per row, keyed by column key; a missing key is an empty cell. */
  rows: Record<string, Cell>[];
  /**
   * Columns whose cells are record text as the sources' English has it (exercise names, milestone
   * titles …): marked `lang="en"` on a Russian or Chinese page, so a screen reader reads them as English.
   */
  recordColumns?: readonly string[];
}
