import { describe, expect, it } from 'vitest';
import { cellSortValue, nextDirection, sortAttributes, sortRows, type SortableCell } from './tableSort';

const values = (rows: { v: string | number }[]) => rows.map((r) => r.v);

describe('sortRows', () => {
  it('orders text by the page language’s collation: Chinese by pinyin, Russian Cyrillic first', () => {
    const rows = ['北京', '阿富汗', '中国'].map((v) => ({ v }));
    expect(values(sortRows(rows, (r) => r.v, 'ascending', 'zh-Hans'))).toEqual(['阿富汗', '北京', '中国']);
    const mixed = ['Zeta', 'Жук', 'Alpha', 'Ёж'].map((v) => ({ v }));
    expect(values(sortRows(mixed, (r) => r.v, 'ascending', 'ru'))).toEqual(['Ёж', 'Жук', 'Alpha', 'Zeta']);
    expect(values(sortRows(mixed, (r) => r.v, 'ascending', 'en'))).toEqual(['Alpha', 'Zeta', 'Ёж', 'Жук']);
  });
  it('orders numbers by value, not as text', () => {
    const rows = [{ v: 45000 }, { v: 4500 }, { v: 900 }];
    expect(values(sortRows(rows, (r) => r.v, 'ascending', 'en'))).toEqual([900, 4500, 45000]);
    expect(values(sortRows(rows, (r) => r.v, 'descending', 'en'))).toEqual([45000, 4500, 900]);
  });
  it('orders text case-insensitively with numbers inside in numeric order', () => {
    const rows = [{ v: 'Peace Mission 10' }, { v: 'peace Mission 2' }, { v: 'Cooperation' }];
    expect(values(sortRows(rows, (r) => r.v, 'ascending', 'en'))).toEqual(['Cooperation', 'peace Mission 2', 'Peace Mission 10']);
  });
  it('orders partial dates as written chronologically', () => {
    const rows = [{ v: '2017-06-09' }, { v: '2005' }, { v: '2005-07' }];
    expect(values(sortRows(rows, (r) => r.v, 'ascending', 'en'))).toEqual(['2005', '2005-07', '2017-06-09']);
  });
  it('keeps blanks last in both directions', () => {
    const rows = [{ v: '' }, { v: 'b' }, { v: 'a' }];
    expect(values(sortRows(rows, (r) => r.v, 'ascending', 'en'))).toEqual(['a', 'b', '']);
    expect(values(sortRows(rows, (r) => r.v, 'descending', 'en'))).toEqual(['b', 'a', '']);
  });
  it('keeps equal rows in their original order', () => {
    const rows = [{ v: 1, id: 'x' }, { v: 1, id: 'y' }, { v: 0, id: 'z' }];
    expect(sortRows(rows, (r) => r.v, 'descending', 'en').map((r) => r.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('nextDirection', () => {
  it('sorts a new column ascending and flips a sorted one', () => {
    expect(nextDirection(undefined, 'date')).toBe('ascending');
    expect(nextDirection({ key: 'date', direction: 'ascending' }, 'date')).toBe('descending');
    expect(nextDirection({ key: 'date', direction: 'descending' }, 'date')).toBe('ascending');
    expect(nextDirection({ key: 'date', direction: 'ascending' }, 'name')).toBe('ascending');
  });
});

/** A rendered cell: its attributes and its text. */
function cell(text: string, attributes: Record<string, string> = {}): SortableCell {
  return { textContent: text, getAttribute: (name) => attributes[name] ?? null };
}

describe('cellSortValue', () => {
  it('sorts a cell by its text when it has no sort attribute', () => {
    expect(cellSortValue(cell('  Peace Mission 2007 '))).toBe('Peace Mission 2007');
    expect(cellSortValue(cell(''))).toBe('');
  });
  it('sorts a number cell by its value, not by its grouped text', () => {
    expect(cellSortValue(cell('45,000', sortAttributes(45000)))).toBe(45000);
    expect(cellSortValue(cell('−3.5', sortAttributes(-3.5)))).toBe(-3.5);
  });
  it('sorts a cell by the text it was given when its text shows something else', () => {
    expect(cellSortValue(cell('example.org/…', sortAttributes('https://example.org/a')))).toBe('https://example.org/a');
    expect(cellSortValue(cell('seedrats', sortAttributes('seed; rats')))).toBe('seed; rats');
  });
  it('keeps a cell without a value blank, so it sorts last', () => {
    expect(cellSortValue(cell('', sortAttributes('')))).toBe('');
    expect(cellSortValue(cell('—', sortAttributes(undefined)))).toBe('');
    expect(cellSortValue(undefined)).toBeUndefined();
  });
  it('orders rendered number cells by value through sortRows', () => {
    const cells = [cell('45,000', sortAttributes(45000)), cell('4,500', sortAttributes(4500)), cell('', sortAttributes('')), cell('900', sortAttributes(900))];
    expect(sortRows(cells, cellSortValue, 'descending', 'en').map((c) => c.textContent)).toEqual(['45,000', '4,500', '900', '']);
  });
});
