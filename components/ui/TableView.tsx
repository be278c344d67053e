/**
 * The markup of a table: caption, column headers, row headers, cells. Hook-free: `Table` renders
 * it to static HTML on the server, inside its labelled scroll region. Sortable columns get a header button, which the SortableTable
 * client part brings to life; cells whose text is not what they sort by carry their sort value
 * (`sortAttributes`).
 */
import type { ReactNode } from 'react';
import styles from './Table.module.css';
import { sortAttributes } from './tableSort';
import type { TableColumnDef, TableProps, TableRowDef } from './tableTypes';

export interface TableViewProps extends Omit<TableProps, 'className' | 'words'> {
  /** Unique id for the caption (it labels the scroll region around the table). */
  captionId: string;
  /** Whether sortable columns get their header button (only when a client part handles it). */
  sortable: boolean;
}

function classes(...names: (string | false | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

function cellClass(column: TableColumnDef, sticky: boolean): string | undefined {
  return classes(column.align === 'end' && styles.end, column.width === 'nowrap' && styles.nowrap, sticky && styles.sticky);
}

/** Up and down arrows; the sorted direction shows through `aria-sort` on the header (CSS). */
function SortIcon() {
  return (
    <svg className={styles.sortIcon} viewBox="0 0 12 16" aria-hidden="true" focusable="false">
      <path className={styles.sortUp} d="M6 2l4 5H2z" fill="currentColor" />
      <path className={styles.sortDown} d="M6 14l4-5H2z" fill="currentColor" />
    </svg>
  );
}

function headerCell(column: TableColumnDef, className: string | undefined, sortable: boolean): ReactNode {
  return (
    <th key={column.key} scope="col" className={className}>
      {sortable && column.sortable ? (
        <button type="button" className={styles.sortButton}>
          <span>{column.label}</span>
          <SortIcon />
        </button>
      ) : (
        column.label
      )}
    </th>
  );
}

function bodyRow(row: TableRowDef, columns: readonly TableColumnDef[], stickyFirstColumn: boolean): ReactNode {
  return (
    <tr key={row.key} id={row.id}>
      {columns.map((column, index) => {
        const className = cellClass(column, stickyFirstColumn && index === 0);
        const sortBy = row.sortValues && column.key in row.sortValues ? sortAttributes(row.sortValues[column.key]) : undefined;
        const content =
          column.width === 'nowrap' ? (
            row.cells[column.key]
          ) : (
            <div className={column.width === 'wide' ? styles.cellWide : styles.cell}>{row.cells[column.key]}</div>
          );
        return column.rowHeader ? (
          <th key={column.key} scope="row" className={className} {...sortBy}>
            {content}
          </th>
        ) : (
          <td key={column.key} className={className} {...sortBy}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}

export function TableView({
  caption,
  captionNote,
  captionHidden,
  captionId,
  columns,
  rows,
  sortable,
  stickyFirstColumn = false,
  emptyMessage,
  id,
}: TableViewProps) {
  return (
    <table id={id} className={styles.table}>
      <caption id={captionId} className={captionHidden ? 'visually-hidden' : styles.caption}>
        <span className={styles.captionTitle}>{caption}</span>
        {captionNote !== undefined ? <span className={styles.captionNote}>{captionNote}</span> : null}
      </caption>
      <thead>
        <tr>{columns.map((column, index) => headerCell(column, cellClass(column, stickyFirstColumn && index === 0), sortable))}</tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={Math.max(1, columns.length)} className={styles.empty}>
              {emptyMessage}
            </td>
          </tr>
        ) : (
          rows.map((row) => bodyRow(row, columns, stickyFirstColumn))
        )}
      </tbody>
    </table>
  );
}
