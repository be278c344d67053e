/**
 * The markup of a table: a labelled, focusable scroll region (so wide tables scroll sideways by
 * keyboard) around a captioned table with column and row headers. Hook-free: rendered by the
 * server for static tables and by SortableTable on the client.
 */
import type { ReactNode } from 'react';
import styles from './Table.module.css';
import type { TableColumnDef, TableProps, TableRowDef, TableSort } from './tableTypes';

export interface TableViewProps extends Omit<TableProps, 'initialSort' | 'rows'> {
  /** Rows in display order. */
  rows: readonly TableRowDef[];
  /** Unique id for the caption (labels the scroll region). */
  captionId: string;
  sort?: TableSort | undefined;
  /** Makes sortable headers buttons; called with the column key. */
  onSort?: ((key: string) => void) | undefined;
  /** Polite announcement after sorting. */
  status?: string;
}

function SortIcon({ direction }: { direction: TableSort['direction'] | undefined }) {
  return (
    <svg className={styles.sortIcon} viewBox="0 0 12 16" aria-hidden="true" focusable="false">
      <path d="M6 2l4 5H2z" fill="currentColor" opacity={direction === 'descending' ? 0.25 : direction ? 1 : 0.45} />
      <path d="M6 14l4-5H2z" fill="currentColor" opacity={direction === 'ascending' ? 0.25 : direction ? 1 : 0.45} />
    </svg>
  );
}

function cellClass(column: TableColumnDef): string | undefined {
  return (
    [column.align === 'end' ? styles.end : undefined, column.width === 'nowrap' ? styles.nowrap : undefined]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

export function TableView({
  caption,
  captionNote,
  captionHidden,
  captionId,
  columns,
  rows,
  sort,
  onSort,
  status,
  stickyFirstColumn,
  emptyMessage,
  className,
  id,
}: TableViewProps) {
  const header = (column: TableColumnDef, index: number): ReactNode => {
    const sorted = sort?.key === column.key ? sort.direction : undefined;
    const sticky = stickyFirstColumn && index === 0 ? styles.sticky : undefined;
    return (
      <th
        key={column.key}
        scope="col"
        aria-sort={sorted}
        className={[cellClass(column), sticky].filter(Boolean).join(' ') || undefined}
      >
        {column.sortable && onSort ? (
          <button type="button" className={styles.sortButton} onClick={() => onSort(column.key)}>
            <span>{column.label}</span>
            <SortIcon direction={sorted} />
          </button>
        ) : (
          column.label
        )}
      </th>
    );
  };

  return (
    <div className={[styles.wrap, className].filter(Boolean).join(' ')}>
      <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table id={id} className={styles.table}>
          <caption id={captionId} className={captionHidden ? 'visually-hidden' : styles.caption}>
            <span className={styles.captionTitle}>{caption}</span>
            {captionNote !== undefined ? <span className={styles.captionNote}>{captionNote}</span> : null}
          </caption>
          <thead>
            <tr>{columns.map(header)}</tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={Math.max(1, columns.length)} className={styles.empty}>
                  {emptyMessage}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.key} id={row.id}>
                  {columns.map((column, index) => {
                    const className = [cellClass(column), stickyFirstColumn && index === 0 ? styles.sticky : undefined]
                      .filter(Boolean)
                      .join(' ') || undefined;
                    const content =
                      column.width === 'nowrap' ? (
                        row.cells[column.key]
                      ) : (
                        <div className={column.width === 'wide' ? styles.cellWide : styles.cell}>{row.cells[column.key]}</div>
                      );
                    return column.rowHeader ? (
                      <th key={column.key} scope="row" className={className}>
                        {content}
                      </th>
                    ) : (
                      <td key={column.key} className={className}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {onSort ? (
        <p className="visually-hidden" role="status">
          {status}
        </p>
      ) : null}
    </div>
  );
}
