/** Ordering for sortable tables: numbers by value, text by the page language's collation (numbers
 * inside text in numeric order), blanks always last, ties kept in their original order. */

export type SortValue = string | number | null | undefined;
export type SortDirection = 'ascending' | 'descending';

const collators = new Map<string, Intl.Collator>();

function collator(locale: string): Intl.Collator {
  let hit = collators.get(locale);
  if (hit === undefined) {
    hit = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, hit);
  }
  return hit;
}

function isBlank(v: SortValue): v is '' | null | undefined {
  return v === null || v === undefined || v === '';
}

/** Compares two values in ascending order, text in `locale`'s (a BCP 47 tag) collation; blanks compare as greater than anything. */
export function compareAscending(a: SortValue, b: SortValue, locale: string): number {
  if (isBlank(a) || isBlank(b)) return isBlank(a) === isBlank(b) ? 0 : isBlank(a) ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator(locale).compare(String(a), String(b));
}

/** A sorted copy of `rows`, text in `locale`'s collation. Blanks stay at the end in both directions; equal rows keep their order. */
export function sortRows<T>(rows: readonly T[], valueOf: (row: T) => SortValue, direction: SortDirection, locale: string): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((x, y) => {
      const blankX = isBlank(x.value);
      const blankY = isBlank(y.value);
      if (blankX !== blankY) return blankX ? 1 : -1;
      return sign * compareAscending(x.value, y.value, locale) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** The direction a column takes when its header is activated: ascending first, then flipping. */
export function nextDirection(current: { key: string; direction: SortDirection } | undefined, key: string): SortDirection {
  return current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending';
}

/** The attributes a server-rendered cell carries when its text is not what it sorts by. */
export const SORT_ATTRIBUTE = { text: 'data-sort', number: 'data-sort-number' } as const;

/** The part of a table cell that says what it sorts by (an HTMLTableCellElement has it). */
export interface SortableCell {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

/** What a rendered cell sorts by: its number or text attribute if it has one, else its text. */
export function cellSortValue(cell: SortableCell | undefined): SortValue {
  if (!cell) return undefined;
  const number = cell.getAttribute(SORT_ATTRIBUTE.number);
  if (number !== null && number.trim() !== '' && Number.isFinite(Number(number))) return Number(number);
  return (cell.getAttribute(SORT_ATTRIBUTE.text) ?? cell.textContent ?? '').trim();
}

/** The attribute that gives a cell's sort value to `cellSortValue`, for a cell whose text is not
 * what it sorts by (a grouped number, a shortened link, a list). */
export function sortAttributes(value: SortValue): Record<string, string> {
  if (typeof value === 'number') return { [SORT_ATTRIBUTE.number]: String(value) };
  if (value === null || value === undefined) return { [SORT_ATTRIBUTE.text]: '' };
  return { [SORT_ATTRIBUTE.text]: value };
}
