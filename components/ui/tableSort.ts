/** Ordering for sortable tables: numbers by value, text by locale collation (numbers inside text
 * in numeric order), blanks always last, ties kept in their original order. */

export type SortValue = string | number | null | undefined;
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function isBlank(v: SortValue): v is '' | null | undefined {
  return v === null || v === undefined || v === '';
}

/** Compares two values in ascending order; blanks compare as greater than anything. */
export function compareAscending(a: SortValue, b: SortValue): number {
  if (isBlank(a) || isBlank(b)) return isBlank(a) === isBlank(b) ? 0 : isBlank(a) ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy of `rows`. Blanks stay at the end in both directions; equal rows keep their order. */
export function sortRows<T>(rows: readonly T[], valueOf: (row: T) => SortValue, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((x, y) => {
      const blankX = isBlank(x.value);
      const blankY = isBlank(y.value);
      if (blankX !== blankY) return blankX ? 1 : -1;
      return sign * compareAscending(x.value, y.value) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** The direction a column takes when its header is activated: ascending first, then flipping. */
export function nextDirection(current: { key: string; direction: SortDirection } | undefined, key: string): SortDirection {
  return current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending';
}
