/**
 * An accessible data table: caption, column headers (`scope="col"`), row headers
 * (`scope="row"`), sortable columns (buttons in the headers, `aria-sort` on the sorted one, a
 * polite announcement of the new order), and a labelled, keyboard-scrollable region so wide
 * tables stay usable.
 *
 * A server component. The table itself is sent as static HTML (`staticMarkup`): the browser
 * shows it as it arrives and React never hydrates its cells, so a table of thousands of cells
 * costs the client no JavaScript. Cells may hold links, times, lists and icons, but nothing
 * that needs the client. Sorting is the small SortableTable client part, which reorders the
 * rendered rows; it reads what a cell sorts by from the cell (its text, or the value given in
 * `sortValues`).
 *
 * Its words (sort announcement, empty table) and language (collation) come from the caller as
 * `words` (tableWords.ts on the server): the primitive reads no catalogue.
 */
import { useId } from 'react';
import { SortableTable } from './SortableTable';
import styles from './Table.module.css';
import { staticMarkup } from './staticMarkup';
import { TableView } from './TableView';
import type { TableProps } from './tableTypes';

export type { TableColumnDef, TableProps, TableRowDef, TableSort, TableWords } from './tableTypes';

export function Table({ emptyMessage, className, words, ...props }: TableProps) {
  const captionId = useId();
  const { noRows, ...sortWords } = words;
  const sortable = props.columns.some((c) => c.sortable) && props.rows.length > 1;
  const markup = staticMarkup(
    <TableView {...props} captionId={captionId} emptyMessage={emptyMessage ?? noRows} sortable={sortable} />,
  );
  const region = (
    <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0} dangerouslySetInnerHTML={{ __html: markup }} />
  );
  const wrapClass = [styles.wrap, className].filter(Boolean).join(' ');
  return sortable ? (
    <SortableTable className={wrapClass} words={sortWords}>
      {region}
    </SortableTable>
  ) : (
    <div className={wrapClass}>{region}</div>
  );
}
