/** A dataset's records as a sortable table, each row anchored so /sources can link to it. */
import { Table, type TableColumnDef, type TableRowDef } from '@/components/ui/Table';
import type { DatasetId } from '@/data/registry';
import { recordAnchor } from '@/lib/citations';
import type { ColumnType, DatasetTable } from '@/lib/datasetTable';
import { messages } from '@/lib/i18n';
import { renderCell, type SourceLinkInfo } from './datasetCells';
import { recordCount } from './recordCount';
import styles from './page.module.css';

/** Columns that name their row, in order of preference. */
const ROW_HEADER_KEYS = ['name', 'title', 'id'];
const WIDE_KEYS = new Set(['sources', 'description', 'summary', 'claims', 'note', 'statusHistory', 'casualties', 'basis', 'capitalBasis', 'counts', 'valueText', 'title', 'troops', 'killed', 'injured']);
const SORT_BY_VALUE = new Set<ColumnType>(['number', 'url', 'sourceIds']);
const NOWRAP_KEYS = new Set(['id', 'iso3', 'date', 'start', 'end', 'periodFrom', 'periodTo', 'currentStatus']);

export interface RecordsTableProps {
  id: DatasetId;
  table: DatasetTable;
  sources: ReadonlyMap<string, SourceLinkInfo>;
}

export function RecordsTable({ id, table, sources }: RecordsTableProps) {
  const t = messages().data;
  const rowHeader = ROW_HEADER_KEYS.find((k) => table.columns.some((c) => c.key === k));
  // The column that names a row leads and stays in view while the table scrolls sideways;
  // the downloads keep the data's own column order.
  const ordered = [...table.columns].sort((a, b) => Number(b.key === rowHeader) - Number(a.key === rowHeader));
  const columns: TableColumnDef[] = ordered.map((c) => ({
    key: c.key,
    label: c.label,
    sortable: true,
    rowHeader: c.key === rowHeader,
    ...(c.type === 'number' && { align: 'end' as const }),
    ...(WIDE_KEYS.has(c.key) ? { width: 'wide' as const } : NOWRAP_KEYS.has(c.key) || c.type === 'date' ? { width: 'nowrap' as const } : {}),
  }));
  const rows: TableRowDef[] = table.rows.map((row, index) => {
    const recordId = String(row.id ?? row.iso3 ?? index);
    return {
      key: recordId,
      id: recordAnchor(id, recordId),
      cells: Object.fromEntries(table.columns.map((c) => [c.key, renderCell(c, row[c.key], sources)])),
      // Numbers are shown grouped, links shortened and source lists as links: those sort by
      // their value; every other cell by its text, which is its value.
      sortValues: Object.fromEntries(table.columns.filter((c) => SORT_BY_VALUE.has(c.type)).map((c) => [c.key, row[c.key]])),
    };
  });

  return (
    <Table
      caption={t.datasets[id].title}
      captionNote={recordCount(table.rows.length)}
      captionHidden
      stickyFirstColumn
      columns={columns}
      rows={rows}
      emptyMessage={t.page.empty}
      className={styles.records}
    />
  );
}
