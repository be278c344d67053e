'use client';
/** A table whose sortable headers reorder the rows (aria-sort on the sorted header, a polite
 * announcement of the new order). The client leaf behind `Table` when a column is sortable. */
import { useMemo, useState } from 'react';
import { nextDirection, sortRows } from './tableSort';
import { TableView, type TableViewProps } from './TableView';
import type { TableSort } from './tableTypes';

export interface SortableTableProps extends Omit<TableViewProps, 'sort' | 'onSort' | 'status'> {
  initialSort?: TableSort | undefined;
  /** Announcement templates, resolved by the server: "Sorted by {column}, {direction}". */
  sortLabels: { sortedBy: string; ascending: string; descending: string };
}

export function SortableTable({ initialSort, sortLabels, rows, columns, ...rest }: SortableTableProps) {
  const [sort, setSort] = useState<TableSort | undefined>(initialSort);
  const [status, setStatus] = useState('');
  const sorted = useMemo(
    () => (sort ? sortRows(rows, (r) => r.sortValues?.[sort.key], sort.direction) : rows),
    [rows, sort],
  );

  function onSort(key: string) {
    const direction = nextDirection(sort, key);
    setSort({ key, direction });
    const t = sortLabels;
    const column = columns.find((c) => c.key === key)?.label ?? key;
    setStatus(t.sortedBy.replace('{column}', column).replace('{direction}', t[direction]));
  }

  return <TableView {...rest} columns={columns} rows={sorted} sort={sort} onSort={onSort} status={status} />;
}
