/** A dataset's records as a sortable table, each row anchored so /sources can link to it. */
import { Table, type TableColumnDef, type TableRowDef } from '@/components/ui/Table';
import { tableWords } from '@/components/ui/tableWords';
import type { DatasetId } from '@/data/registry';
import type { ColumnType, DatasetTable } from '@/lib/datasetTable';
import { format, messages, type Locale } from '@/lib/i18n';
import { recordAnchor } from '@/lib/paths';
import { renderCell, type CellContext, type SourceLinkInfo } from './datasetCells';
import { recordCount } from './recordCount';
import styles from './data.module.css';

/** Columns that name their row, in order of preference. */
const ROW_HEADER_KEYS = ['name', 'title', 'country', 'metric', 'id'];
const WIDE_KEYS = new Set(['title']);
/**
 * Long or secondary fields (sources, claims, notes, coordinates and how they were found):
 * folded into each row's "More" disclosure, so the key columns fit a laptop's width and a
 * long table lays out only what is open. The CSV keeps every column.
 */
const FOLDED_KEYS = new Set([
  'id',
  'observers',
  'statusHistory',
  'capitalLat',
  'capitalLon',
  'capitalPrecision',
  'capitalBasis',
  'capitalSource',
  'lat',
  'lon',
  'precision',
  'basis',
  'casualties',
  'fromSeed',
  'partOf',
  'periodFrom',
  'periodTo',
  'sourceWording',
  'valueText',
  'summary',
  'description',
  'sources',
  'claims',
  'note',
]);
const MORE_KEY = 'more';
const SORT_BY_VALUE = new Set<ColumnType>(['number', 'url', 'sourceIds']);

/** Whether a column's cells carry their value to sort by: dates too where the page shows them in
 * words (Russian, Chinese); in English they show their ISO value, which sorts as text. */
function sortsByValue(type: ColumnType, locale: Locale): boolean {
  return SORT_BY_VALUE.has(type) || (type === 'date' && locale !== 'en');
}
const NOWRAP_KEYS = new Set(['id', 'iso3', 'date', 'start', 'end', 'periodFrom', 'periodTo', 'currentStatus']);

export interface RecordsTableProps {
  /** The page's language: headers, dates, numbers, collation and the table's words. */
  locale: Locale;

  id: DatasetId;
  table: DatasetTable;
  sources: ReadonlyMap<string, SourceLinkInfo>;
}

export function RecordsTable({ locale, id, table, sources }: RecordsTableProps) {
  const t = messages(locale).data;
  const ctx: CellContext = { locale, sources, sourceUrlLabel: (source) => format(t.page.sourceUrlLabel, { source }, locale) };
  const rowHeader = ROW_HEADER_KEYS.find((k) => table.columns.some((c) => c.key === k));
  // The column that names a row leads and stays in view while the table scrolls sideways;
  // the downloads keep the data's own column order.
  const ordered = [...table.columns].sort((a, b) => Number(b.key === rowHeader) - Number(a.key === rowHeader));
  const folds = (key: string) => key !== rowHeader && FOLDED_KEYS.has(key);
  const shown = ordered.filter((c) => !folds(c.key));
  const folded = table.columns.filter((c) => folds(c.key));
  const columns: TableColumnDef[] = shown.map((c) => ({
    key: c.key,
    label: c.label,
    sortable: true,
    rowHeader: c.key === rowHeader,
    ...(c.type === 'number' && { align: 'end' as const }),
    ...(WIDE_KEYS.has(c.key) ? { width: 'wide' as const } : NOWRAP_KEYS.has(c.key) || c.type === 'date' ? { width: 'nowrap' as const } : {}),
  }));
  if (folded.length > 0) columns.push({ key: MORE_KEY, label: t.page.more });
  const rows: TableRowDef[] = table.rows.map((row, index) => {
    const recordId = String(row.id ?? row.iso3 ?? index);
    const name = String((rowHeader ? row[rowHeader] : undefined) ?? recordId);
    const more = folded.filter((c) => row[c.key] !== undefined && row[c.key] !== null && row[c.key] !== '');
    return {
      key: recordId,
      id: recordAnchor(id, recordId),
      cells: {
        ...Object.fromEntries(shown.map((c) => [c.key, renderCell(c, row[c.key], ctx)])),
        ...(folded.length > 0 && {
          [MORE_KEY]:
            more.length === 0 ? null : (
              <details className={styles.more}>
                <summary>
                  {t.page.moreSummary}
                  <span className="visually-hidden"> {format(t.page.moreAbout, { name }, locale)}</span>
                </summary>
                <dl>
                  {more.map((c) => (
                    <div key={c.key}>
                      <dt>{c.label}</dt>
                      <dd>{renderCell(c, row[c.key], ctx)}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            ),
        }),
      },
      // Numbers are shown grouped, links shortened and source lists as links: those sort by
      // their value; every other cell by its text, which is its value.
      sortValues: Object.fromEntries(table.columns.filter((c) => sortsByValue(c.type, locale)).map((c) => [c.key, row[c.key]])),
    };
  });

  return (
    <Table
      caption={t.datasets[id].title}
      captionNote={recordCount(table.rows.length, locale)}
      captionHidden
      stickyFirstColumn
      columns={columns}
      rows={rows}
      emptyMessage={t.page.empty}
      words={tableWords(locale)}
      className={styles.records}
    />
  );
}
