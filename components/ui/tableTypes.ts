import type { ReactNode } from 'react';
import type { CompiledMessage } from '@/lib/messages/compiled';
import type { SiteLocale } from '@/lib/messages/locales';
import type { SortDirection, SortValue } from './tableSort';

/** A table's words in its page's language (tableWords.ts resolves them on the server). */
export interface TableWords {
  /** The page's language: the sort's collation and the announcement's. */
  locale: SiteLocale;
  /** Announced after sorting: "Sorted by {column}, {direction}" (compiled ICU). */
  sortedBy: CompiledMessage;
  ascending: string;
  descending: string;
  /** Shown when there are no rows and no `emptyMessage`. */
  noRows: string;
}

export interface TableColumnDef {
  /** Key of the column's cell in each row. */
  key: string;
  /** Header text; also the sort button's name. */
  label: string;
  /** `end` for numbers so digits line up. */
  align?: 'start' | 'end';
  /** Whether the header is a sort button. */
  sortable?: boolean;
  /** The column names its row (rendered as `<th scope="row">`); usually the first. */
  rowHeader?: boolean;
  /** `nowrap` keeps short values (dates, codes) on one line; `wide` lets long text take room. */
  width?: 'nowrap' | 'wide';
}

export interface TableRowDef {
  /** Stable React key. */
  key: string;
  /** Anchor id on the row, so other pages can link to it. */
  id?: string;
  /** What each cell shows, by column key. */
  cells: Record<string, ReactNode>;
  /**
   * What a cell sorts by when its text does not say it, by column key: numbers (shown grouped,
   * sorted by value), links shown shortened, lists. Other cells sort by their text.
   */
  sortValues?: Record<string, SortValue>;
}

export interface TableSort {
  key: string;
  direction: SortDirection;
}

export interface TableProps {
  /** The words and language of the page (`tableWords(locale)`). */
  words: TableWords;
  /** The table's caption: its name for every reader, and the scroll region's label. */
  caption: ReactNode;
  /** Shown inside the caption under the name (units, as-of, notes). */
  captionNote?: ReactNode;
  /** Hide the caption visually (when a heading right above says the same). */
  captionHidden?: boolean;
  columns: readonly TableColumnDef[];
  /** Rows in the order to show them until the reader sorts. */
  rows: readonly TableRowDef[];
  /** Keep the row-header column in view while scrolling sideways. */
  stickyFirstColumn?: boolean;
  /** Shown in place of the body when there are no rows. */
  emptyMessage?: ReactNode;
  className?: string;
  /** An id for the table element (for links and tests). */
  id?: string;
}
