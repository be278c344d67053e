import { describe, expect, it } from 'vitest';
import { z } from '@/data/zod';
import type { DatasetEntry } from '@/data/registry';
import type { Exercise, RatsFigure, State } from '@/data/schema';
import { citationsBySource, contestedFigures, recordName } from './citations';
import { citationsFile, groupByDataset } from './citationsFile';
import { paths } from './paths';

const seed = (quote: string) => ({ sourceId: 'seed', quote });

const exercise: Exercise = {
  id: 'peace-mission-2007',
  name: 'Peace Mission 2007',
  kind: 'military',
  start: '2007-08-09',
  locations: [
    {
      name: 'Chebarkul',
      coord: { lat: 54.98, lon: 60.37, precision: 'town', basis: 'GeoNames town centre of Chebarkul', source: { sourceId: 'geonames', locator: 'Chebarkul' }, gazetteer: { geonameid: 1508350, name: 'Chebarkul’', withinKm: 0 } },
    },
  ],
  hosts: ['RUS'],
  participants: ['CHN', 'RUS'],
  observers: [],
  troops: [{ value: 6500, qualifier: 'about', text: 'about 6,500 troops', source: { sourceId: 'news-a', locator: 'para 2' } }],
  sources: [seed('Peace Mission 2007 was held')],
  confidence: 'sourced',
};

const ratsSeed: RatsFigure = {
  id: 'rats-database-2019-03',
  date: '2019-03',
  metric: 'databasePersons',
  counts: 'persons in the RATS terrorist database',
  value: 45000,
  qualifier: 'moreThan',
  valueText: 'more than 45,000 persons',
  contestedBy: ['rats-database-2019-03-smirnov'],
  sources: [seed('more than 45,000 persons')],
  confidence: 'conflicting',
  claims: [
    { field: 'value', value: 'more than 45,000', source: seed('more than 45,000 persons') },
    { field: 'value', value: 'more than 4,500', source: { sourceId: 'sputnik', quote: 'более 4500 радикалов' } },
  ],
  note: 'A factor of ten apart.',
};
const ratsSmirnov: RatsFigure = {
  ...ratsSeed,
  id: 'rats-database-2019-03-smirnov',
  metric: 'radicals',
  value: 4500,
  valueText: 'более 4500 радикалов',
  contestedBy: ['rats-database-2019-03'],
  sources: [{ sourceId: 'sputnik', quote: 'более 4500 радикалов' }],
};
const ratsPlain: RatsFigure = {
  ...ratsSeed,
  id: 'rats-wanted-2017',
  metric: 'wantedPersons',
  contestedBy: undefined,
  confidence: 'sourced',
  claims: undefined,
  note: undefined,
};

const state: State = {
  id: 'IND',
  name: 'India',
  capital: {
    name: 'New Delhi',
    coord: { lat: 28.6, lon: 77.2, precision: 'town', basis: 'capital point', source: { sourceId: 'capitals', locator: 'India' }, gazetteer: { geonameid: 1261481, name: 'New Delhi', withinKm: 0 } },
  },
  statusHistory: [
    { status: 'observer', from: '2005-07', to: '2017-06-09', sources: [seed('India became an observer')], confidence: 'seed' },
    {
      status: 'member',
      from: '2017-06-09',
      sources: [{ sourceId: 'official', locator: 'p. 1' }],
      confidence: 'conflicting',
      claims: [
        { field: 'from', value: '2017-06-09', source: { sourceId: 'official', locator: 'p. 1' } },
        { field: 'from', value: '2017-06-08', source: { sourceId: 'news-b', locator: 'headline' } },
      ],
    },
  ],
};

const fixture = (id: DatasetEntry['id'], rows: unknown[]): DatasetEntry => ({ id, file: `data/${id}.ts`, schema: z.unknown(), rows });
const datasets = [
  fixture('states', [state]),
  fixture('exercises', [exercise]),
  fixture('ratsFigures', [ratsSeed, ratsSmirnov, ratsPlain]),
];

describe('citationsBySource', () => {
  const bySource = citationsBySource(datasets, 'en');

  it('lists under a source every record that cites it, with the quote', () => {
    const seedCites = bySource.get('seed') ?? [];
    expect(seedCites.map((c) => c.recordName)).toContain('Peace Mission 2007');
    expect(seedCites.find((c) => c.recordId === 'peace-mission-2007')).toMatchObject({
      datasetId: 'exercises',
      field: '',
      fieldLabel: 'the record',
      quote: 'Peace Mission 2007 was held',
    });
  });
  it('names the field a nested reference backs, and what it says', () => {
    expect(bySource.get('news-a')).toEqual([
      expect.objectContaining({ recordId: 'peace-mission-2007', field: 'troops[0]', fieldLabel: 'Troops', detail: 'about 6,500 troops', locator: 'para 2' }),
    ]);
    expect(bySource.get('geonames')?.[0]).toMatchObject({ field: 'locations[0].coord', fieldLabel: 'Locations', detail: 'GeoNames town centre of Chebarkul' });
    expect(bySource.get('capitals')?.[0]).toMatchObject({ recordName: 'India', field: 'capital.coord', fieldLabel: 'Capital' });
  });
  it('attributes a status period’s source to that period', () => {
    expect(bySource.get('official')?.map((c) => c.detail)).toEqual(['Member from 2017-06-09', 'from: 2017-06-09']);
    expect(bySource.get('news-b')?.[0]).toMatchObject({ field: 'statusHistory[1].claims[1]', detail: 'from: 2017-06-08' });
  });
  it('has nothing for a source no record cites', () => {
    expect(bySource.get('never-cited')).toBeUndefined();
  });
});

describe('citationsBySource in Russian and Chinese', () => {
  it('names the fields, statuses and states in the language, with the records’ own text as written', () => {
    const ru = citationsBySource(datasets, 'ru');
    expect(ru.get('official')?.[0]).toMatchObject({ recordName: 'Индия', fieldLabel: 'История статуса', detail: 'Государство-член с 09.06.2017' });
    expect(ru.get('news-a')?.[0]).toMatchObject({ recordName: 'Peace Mission 2007', fieldLabel: 'Численность войск', detail: 'about 6,500 troops' });
    const zh = citationsBySource(datasets, 'zh');
    expect(zh.get('official')?.[0]).toMatchObject({ recordName: '印度', detail: '自2017年6月9日起为成员国' });
  });
  it('links each figure to its row on the page in the same language', () => {
    const file = citationsFile(citationsBySource(datasets, 'zh'), 'zh');
    expect(file['news-a']?.[0]?.figures[0]?.href).toBe('/zh/data/exercises/#exercises-peace-mission-2007');
  });
});

describe('contestedFigures', () => {
  const figures = contestedFigures(datasets, 'en');

  it('lists figures that contradict each other once, with every claim and its source', () => {
    const rats = figures.filter((f) => f.records.some((r) => r.datasetId === 'ratsFigures'));
    expect(rats).toHaveLength(1);
    const [figure] = rats;
    expect(figure?.records.map((r) => r.recordId)).toEqual(['rats-database-2019-03', 'rats-database-2019-03-smirnov']);
    expect(figure?.records[0]?.claims.map((c) => [c.value, c.source.sourceId])).toEqual([
      ['more than 45,000', 'seed'],
      ['more than 4,500', 'sputnik'],
    ]);
    expect(figure?.records[0]?.note).toBe('A factor of ten apart.');
  });
  it('finds a contested status period inside a state', () => {
    const india = figures.find((f) => f.records[0]?.recordId === 'IND');
    expect(india?.id).toBe('states-IND-statusHistory-1');
    expect(india?.records[0]).toMatchObject({ field: 'statusHistory[1]', recordName: 'India', detail: 'Member from 2017-06-09' });
    expect(india?.records[0]?.claims).toHaveLength(2);
  });
  it('leaves out records whose sources agree', () => {
    expect(figures.flatMap((f) => f.records.map((r) => r.recordId))).not.toContain('rats-wanted-2017');
    expect(figures.flatMap((f) => f.records.map((r) => r.recordId))).not.toContain('peace-mission-2007');
  });
});

describe('recordName', () => {
  it('describes a RATS figure by what it counts, its wording and date', () => {
    expect(recordName('ratsFigures', ratsSeed, 0, undefined, 'en')).toBe('persons in the RATS terrorist database: more than 45,000 persons, 2019-03');
  });
  it('describes a terrorism statistic by country, metric and period', () => {
    const stat = { country: 'KAZ', metric: 'terroristCrimesStopped', period: { label: '2020' } };
    expect(recordName('terrorismStats', stat, 0, undefined, 'en')).toBe('KAZ, Terrorist crimes stopped, 2020');
    expect(recordName('terrorismStats', stat, 0, new Map([['KAZ', 'Kazakhstan']]), 'en')).toBe('Kazakhstan, Terrorist crimes stopped, 2020');
  });
});

describe('groupByDataset', () => {
  it('groups a source’s citations by dataset, in the order the datasets first cite it', () => {
    const groups = groupByDataset(citationsBySource(datasets, 'en').get('seed') ?? []);
    expect(groups.map((g) => [g.datasetId, g.citations.map((c) => c.recordId)])).toEqual([
      ['states', ['IND']],
      ['exercises', ['peace-mission-2007']],
      ['ratsFigures', ['rats-database-2019-03', 'rats-database-2019-03', 'rats-database-2019-03-smirnov', 'rats-wanted-2017']],
    ]);
  });
});

describe('citationsFile', () => {
  const file = citationsFile(citationsBySource(datasets, 'en'), 'en');

  it('lists for each source the figures citing it by dataset, each linked to its row', () => {
    expect(file.seed?.map((g) => g.datasetId)).toEqual(['states', 'exercises', 'ratsFigures']);
    expect(file.seed?.[1]?.figures).toEqual([
      { href: '/data/exercises/#exercises-peace-mission-2007', name: 'Peace Mission 2007', field: 'the record', quote: 'Peace Mission 2007 was held' },
    ]);
    expect(file['news-a']?.[0]?.figures[0]).toEqual({
      href: paths.record('exercises', 'peace-mission-2007'),
      name: 'Peace Mission 2007',
      field: 'Troops',
      detail: 'about 6,500 troops',
      locator: 'para 2',
    });
  });
  it('holds every citation once, and no source that nothing cites', () => {
    const count = (f: typeof file) => Object.values(f).reduce((n, groups) => n + groups.reduce((m, g) => m + g.figures.length, 0), 0);
    const all = [...citationsBySource(datasets, 'en').values()].reduce((n, list) => n + list.length, 0);
    expect(count(file)).toBe(all);
    expect(file['never-cited']).toBeUndefined();
  });
});

describe('paths.record', () => {
  it('points at the record’s row on its dataset’s table page', () => {
    expect(paths.record('states', 'IND')).toBe('/data/states/#states-IND');
  });
});
