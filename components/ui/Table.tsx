/**
 * An accessible data table: caption, column headers (`scope="col"`), row headers
 * (`scope="row"`), sortable columns (buttons in the headers, `aria-sort` on the sorted one),
 * and a labelled, keyboard-scrollable region so wide tables stay usable.
 *
 * A server component: it renders static markup, and hands over to the SortableTable client
 * leaf only when some column is sortable. Cells may hold links and other server-rendered nodes.
 */
import { useId } from 'react';
import { messages } from '@/lib/i18n';
import { SortableTable } from './SortableTable';
import { TableView } from './TableView';
import type { TableProps } from './tableTypes';

export type { TableColumnDef, TableProps, TableRowDef, TableSort } from './tableTypes';

export function Table({ initialSort, emptyMessage, ...props }: TableProps) {
  const captionId = useId();
  const t = messages().shell.ui;
  const empty = emptyMessage ?? t.noRows;
  if (props.columns.some((c) => c.sortable)) {
    return (
      <SortableTable
        {...props}
        captionId={captionId}
        initialSort={initialSort}
        emptyMessage={empty}
        sortLabels={{ sortedBy: t.sortedBy, ascending: t.ascending, descending: t.descending }}
      />
    );
  }
  return <TableView {...props} captionId={captionId} emptyMessage={empty} />;
}
