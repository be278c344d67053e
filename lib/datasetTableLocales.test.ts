/** The dataset tables and record counts in Russian and Chinese: the atlas's words in the language, the records' text as written. */
import { describe, expect, it } from 'vitest';
import { DATASETS } from '@/data/registry';
import type { Exercise, State } from '@/data/schema';
import { ru } from '@/locales/ru';
import { zh } from '@/locales/zh';
import { recordCount } from '@/views/data/recordCount';
import { datasetTable, exercisesTable, statesTable } from './datasetTable';
import { csvFileText } from './csv';
import { tableContext } from './datasetTables/context';

const seedRef = { sourceId: 'seed', quote: 'a quote' };
const chebarkul = {
  name: 'Chebarkul',
  role: 'exercise area',
  country: 'RUS',
  coord: { lat: 54.98, lon: 60.37, precision: 'town', basis: 'GeoNames town centre', source: { sourceId: 'geonames', locator: 'Chebarkul' }, gazetteer: { geonameid: 1508350, name: 'Chebarkul’', withinKm: 0 } },
} as const;
const exercise: Exercise = {
  id: 'peace-mission-2007',
  name: 'Peace Mission 2007',
  kind: 'military',
  start: '2007-08-09',
  end: '2007-08-17',
  locations: [chebarkul],
  hosts: ['RUS'],
  participants: ['CHN', 'RUS'],
  observers: [],
  troops: [{ value: 6500, qualifier: 'about', text: 'about 6,500 troops', source: { sourceId: 'news-a', locator: 'para 2' } }],
  sources: [seedRef],
  confidence: 'sourced',
};
const india: State = {
  id: 'IND',
  name: 'India',
  capital: { name: 'New Delhi', coord: { ...chebarkul.coord, basis: 'capital' } },
  statusHistory: [
    { status: 'observer', from: '2005-07', to: '2017-06-09', sources: [seedRef], confidence: 'seed' },
    { status: 'member', from: '2017-06-09', sources: [seedRef], confidence: 'sourced' },
  ],
};

describe('the dataset tables in Russian', () => {
  const ctx = tableContext('ru');
  it('heads the columns and names the kinds, qualifiers and coordinates’ precision in Russian', () => {
    const table = exercisesTable([exercise], ctx);
    expect(table.columns.map((c) => c.label)).toEqual(expect.arrayContaining(['Название', 'Вид', 'Начало', 'Численность войск', 'Источники']));
    expect(table.rows[0]).toMatchObject({ kind: 'Военные', troops: 'около 6\u00a0500 (news-a)', precision: 'населённый пункт', confidence: 'Подтверждено источником' });
  });
  it('keeps the record’s own text and the dates’ values as written, and flags the record-text columns', () => {
    const table = exercisesTable([exercise], ctx);
    expect(table.rows[0]).toMatchObject({ name: 'Peace Mission 2007', locations: 'Chebarkul (exercise area)', start: '2007-08-09' });
    const flagged = table.columns.filter((c) => c.recordText).map((c) => c.key);
    expect(flagged).toEqual(expect.arrayContaining(['name', 'locations', 'note']));
    expect(flagged).not.toContain('kind');
  });
  it('names the state and its statuses in Russian, with the dates in numbers after the prepositions', () => {
    const row = statesTable([india], ctx).rows[0];
    expect(row).toMatchObject({ name: 'Индия', currentStatus: 'Государство-член' });
    expect(row?.statusHistory).toBe('Государство-наблюдатель с 07.2005 по 09.06.2017; Государство-член с 09.06.2017');
  });
  it('writes a CSV whose header row is Russian', () => {
    const table = datasetTable('exercises', 'ru');
    const [header] = csvFileText(table.columns, table.rows).slice(1).split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['ID', 'Название', 'Вид']);
    expect(header).toBe(table.columns.map((c) => ru.data.columns[c.key as keyof typeof ru.data.columns]).join(','));
  });
});

describe('the dataset tables in Chinese', () => {
  it('heads the columns, names the states and words the statuses in Chinese', () => {
    const table = statesTable([india], tableContext('zh'));
    expect(table.columns[1]?.label).toBe(zh.data.columns.name);
    expect(table.rows[0]).toMatchObject({ name: '印度', currentStatus: zh.data.status.member });
    expect(table.rows[0]?.statusHistory).toBe('2005年7月至2017年6月9日为观察员国; 自2017年6月9日起为成员国');
  });
  it('has every dataset’s rows and columns as in English', () => {
    for (const ds of DATASETS) {
      const [en, zhTable] = [datasetTable(ds.id, 'en'), datasetTable(ds.id, 'zh')];
      expect(zhTable.columns.map((c) => c.key)).toEqual(en.columns.map((c) => c.key));
      expect(zhTable.rows).toHaveLength(en.rows.length);
      expect(zhTable.rows.map((r) => r.id ?? r.iso3)).toEqual(en.rows.map((r) => r.id ?? r.iso3));
    }
  });
});

describe('recordCount', () => {
  it('declines the count in Russian (one, few, many)', () => {
    expect([1, 2, 5, 11, 21, 22, 180].map((n) => recordCount(n, 'ru'))).toEqual([
      '1 запись',
      '2 записи',
      '5 записей',
      '11 записей',
      '21 запись',
      '22 записи',
      '180 записей',
    ]);
  });
  it('counts without a plural in Chinese, and in English as before', () => {
    expect([1, 253].map((n) => recordCount(n, 'zh'))).toEqual(['1条记录', '253条记录']);
    expect([1, 253].map((n) => recordCount(n, 'en'))).toEqual(['1 record', '253 records']);
  });
});
