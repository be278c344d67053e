'use client';
/**
 * Sorting for a table rendered as static HTML by `Table`: a small client part around it. A click
 * (or Enter or Space) on a header button puts the rendered rows in the column's order (ascending
 * first, then flipping; numbers by value, text by collation, blanks last), sets `aria-sort` on
 * that header and announces the new order politely. The cells are never rendered on the client:
 * what each sorts by is read from the cell once, on the first sort (`cellSortValue`).
 */
import { useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { formatMessage } from '@/lib/messages/compiled';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { cellSortValue, nextDirection, sortRows, type SortValue } from './tableSort';
import type { TableSort, TableWords } from './tableTypes';

export interface SortableTableProps {
  /** The announcement ("Sorted by {column}, {direction}", compiled by the server) and the page's
   * language, whose collation orders text. */
  words: Omit<TableWords, 'noRows'>;
  className?: string;
  /** The table's scroll region, holding the server-rendered table. */
  children: ReactNode;
}

interface RowsInServerOrder {
  rows: HTMLTableRowElement[];
  /** Each row's sort values, by column index. */
  values: SortValue[][];
}

export function SortableTable({ words, className, children }: SortableTableProps) {
  const [status, setStatus] = useState('');
  const sort = useRef<TableSort | undefined>(undefined);
  const original = useRef<RowsInServerOrder | null>(null);

  // One listener for every header button: the table's markup is not React's, so its clicks
  // bubble here.
  function onClick(event: MouseEvent<HTMLDivElement>) {
    const button = event.target instanceof Element ? event.target.closest('thead button') : null;
    const header = button?.closest('th');
    const table = header?.closest('table');
    const body = table?.tBodies[0];
    if (!button || !header || !table || !body || !event.currentTarget.contains(table)) return;
    if (original.current === null) {
      const rows = Array.from(body.rows);
      original.current = { rows, values: rows.map((row) => Array.from(row.cells, cellSortValue)) };
    }
    const { rows, values } = original.current;
    const column = header.cellIndex;
    const direction = nextDirection(sort.current, String(column));
    sort.current = { key: String(column), direction };
    const order = sortRows(
      rows.map((row, index) => ({ row, index })),
      ({ index }) => values[index]?.[column],
      direction,
      LOCALE_TAGS[words.locale],
    );
    body.append(...order.map(({ row }) => row));
    for (const cell of header.parentElement?.children ?? []) cell.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', direction);
    const label = button.textContent?.trim() ?? '';
    setStatus(formatMessage(words.sortedBy, LOCALE_TAGS[words.locale], { column: label, direction: words[direction] }));
  }

  return (
    <div className={className} onClick={onClick}>
      {children}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
