/** One dataset on /data: its name and description, CSV and JSON downloads, and the sortable table. */
import { ButtonLink } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Table, type TableColumnDef, type TableRowDef } from '@/components/ui/Table';
import type { DatasetId } from '@/data/registry';
import { recordAnchor } from '@/lib/citations';
import type { DatasetTable } from '@/lib/datasetTable';
import { format, messages } from '@/lib/i18n';
import { renderCell, type SourceLinkInfo } from './datasetCells';
import styles from './page.module.css';

/** Columns that name their row, in order of preference. */
const ROW_HEADER_KEYS = ['name', 'title', 'id'];
const WIDE_KEYS = new Set(['sources', 'description', 'summary', 'claims', 'note', 'statusHistory', 'casualties', 'basis', 'capitalBasis', 'counts', 'valueText', 'title', 'troops', 'killed', 'injured']);
const NOWRAP_KEYS = new Set(['id', 'iso3', 'date', 'start', 'end', 'periodFrom', 'periodTo', 'currentStatus']);

function DownloadIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export interface DatasetSectionProps {
  id: DatasetId;
  table: DatasetTable;
  sources: ReadonlyMap<string, SourceLinkInfo>;
}

export function DatasetSection({ id, table, sources }: DatasetSectionProps) {
  const t = messages().data;
  const info = t.datasets[id];
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
      sortValues: Object.fromEntries(table.columns.map((c) => [c.key, row[c.key]])),
    };
  });
  const count = table.rows.length === 1 ? t.page.recordsOne : format(t.page.records, { count: table.rows.length });
  const downloads = (['csv', 'json'] as const).map((ext) => (
    <ButtonLink
      key={ext}
      href={`/data/${id}.${ext}`}
      download={`sco-security-atlas-${id}.${ext}`}
      size="sm"
      icon={<DownloadIcon />}
      aria-label={format(t.page.downloadLabel, { dataset: info.title, format: ext.toUpperCase() })}
    >
      {ext === 'csv' ? t.page.downloadCsv : t.page.downloadJson}
    </ButtonLink>
  ));

  return (
    <Card id={id} title={info.title} subtitle={`${info.description} ${count}.`} actions={downloads} className={styles.dataset}>
      <Table
        caption={info.title}
        captionNote={count}
        captionHidden
        stickyFirstColumn
        columns={columns}
        rows={rows}
        emptyMessage={t.page.empty}
      />
    </Card>
  );
}
