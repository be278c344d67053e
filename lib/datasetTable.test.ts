import { describe, expect, it } from 'vitest';
import { DATASETS } from '@/data/registry';
import type { Exercise, Incident, RatsFigure, State, TerrorismStat } from '@/data/schema';
import {
  datasetTable,
  exercisesTable,
  incidentsTable,
  ratsFiguresTable,
  statesTable,
  terrorismStatsTable,
} from './datasetTable';
import { tableContext } from './datasetTables/context';

/** The tables' English (the words of the English CSV files). */
const en = tableContext('en');

const seedRef = { sourceId: 'seed', quote: 'a quote' };

const exercise: Exercise = {
  id: 'peace-mission-2007',
  name: 'Peace Mission 2007',
  kind: 'military',
  start: '2007-08-09',
  end: '2007-08-17',
  locations: [
    {
      name: 'Chebarkul',
      role: 'exercise area',
      country: 'RUS',
      coord: { lat: 54.98, lon: 60.37, precision: 'town', basis: 'GeoNames town centre of Chebarkul', source: { sourceId: 'geonames', locator: 'Chebarkul' }, gazetteer: { geonameid: 1508350, name: 'Chebarkul’', withinKm: 0 } },
    },
    {
      name: 'Urumqi',
      coord: { lat: 43.8, lon: 87.6, precision: 'region', basis: 'seat of Xinjiang', source: { sourceId: 'geonames', locator: 'Urumqi' }, gazetteer: { geonameid: 1529102, name: 'Ürümqi', withinKm: 0 } },
    },
  ],
  hosts: ['RUS', 'CHN'],
  participants: ['CHN', 'RUS', 'KAZ'],
  observers: [],
  troops: [
    { value: 6500, qualifier: 'about', text: 'about 6,500 troops', source: { sourceId: 'news-a', locator: 'para 2' } },
    { value: 4000, qualifier: 'moreThan', text: 'more than 4,000', source: seedRef },
  ],
  sources: [seedRef],
  confidence: 'sourced',
};

describe('exercisesTable', () => {
  const table = exercisesTable([exercise], en);
  const row = table.rows[0];

  it('writes dates as the source gives them and enums in words', () => {
    expect(row).toMatchObject({ start: '2007-08-09', end: '2007-08-17', kind: 'Military', confidence: 'Sourced' });
  });
  it('keeps each source’s troop count with its qualifier and source', () => {
    expect(row?.troops).toBe('about 6,500 (news-a); more than 4,000 (seed)');
  });
  it('lists several locations in parallel coordinate columns', () => {
    expect(row).toMatchObject({
      locations: 'Chebarkul (exercise area); Urumqi',
      lat: '54.98; 43.8',
      lon: '60.37; 87.6',
      precision: 'town; regional seat',
    });
  });
  it('gives a single location numeric coordinates', () => {
    const one = exercisesTable([{ ...exercise, locations: exercise.locations.slice(0, 1) }], en).rows[0];
    expect(one).toMatchObject({ lat: 54.98, lon: 60.37, basis: 'GeoNames town centre of Chebarkul' });
  });
  it('names every source the record cites, its own sources first, each once', () => {
    expect(row?.sources).toBe('seed; geonames; news-a');
  });
});

describe('statesTable', () => {
  const india: State = {
    id: 'IND',
    name: 'India',
    capital: {
      name: 'New Delhi',
      coord: { lat: 28.6, lon: 77.2, precision: 'town', basis: 'capital', source: { sourceId: 'capitals', locator: 'India' }, gazetteer: { geonameid: 1261481, name: 'New Delhi', withinKm: 0 } },
    },
    statusHistory: [
      { status: 'observer', from: '2005-07', to: '2017-06-09', sources: [seedRef], confidence: 'seed' },
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
  const row = statesTable([india], en).rows[0];

  it('reads the status history in words with dates as written', () => {
    expect(row?.statusHistory).toBe('Observer 2005-07 to 2017-06-09; Member from 2017-06-09');
    expect(row?.currentStatus).toBe('Member');
  });
  it('has no current status when the last period has ended', () => {
    const ended = statesTable([{ ...india, statusHistory: india.statusHistory.slice(0, 1) }], en).rows[0];
    expect(ended?.currentStatus).toBe('');
  });
  it('keeps every claim with its source', () => {
    expect(row?.claims).toBe('from: 2017-06-09 (official); from: 2017-06-08 (news-b)');
    expect(row?.confidence).toBe('From the article; Sources disagree');
  });
  it('puts the capital’s coordinates in their own columns', () => {
    expect(row).toMatchObject({ capitalLat: 28.6, capitalLon: 77.2, capitalPrecision: 'town', capitalSource: 'capitals' });
    expect(row?.sources).toBe('seed; official; capitals; news-b');
  });
});

describe('statistics tables', () => {
  it('shows a RATS figure with its qualifier and keeps the number sortable', () => {
    const fig: RatsFigure = {
      id: 'rats-db-2019',
      date: '2019-03',
      metric: 'databasePersons',
      counts: 'persons in the RATS terrorist database',
      value: 45000,
      qualifier: 'moreThan',
      valueText: 'more than 45,000 persons',
      contestedBy: ['rats-db-2019-smirnov'],
      sources: [seedRef],
      confidence: 'seed',
    };
    const row = ratsFiguresTable([fig], en).rows[0];
    expect(row).toMatchObject({ value: 45000, stated: 'more than 45,000', contestedBy: 'rats-db-2019-smirnov' });
  });
  it('names the country of a terrorism statistic when the states dataset knows it', () => {
    const stat: TerrorismStat = {
      id: 'kaz-2020',
      country: 'KAZ',
      metric: 'terroristCrimesStopped',
      value: 61,
      qualifier: 'exact',
      period: { from: '2020-01', to: '2020-12', label: '2020' },
      fromSeed: true,
      sources: [seedRef],
      confidence: 'seed',
    };
    const names = new Map([['KAZ', 'Kazakhstan']]);
    expect(terrorismStatsTable([stat], names, en).rows[0]).toMatchObject({ country: 'Kazakhstan', iso3: 'KAZ', fromSeed: 'yes' });
    expect(terrorismStatsTable([stat], new Map(), en).rows[0]?.country).toBe('KAZ');
  });
  it('lists each statement’s casualty figures with whose people they count, who gave them and when', () => {
    const incident: Incident = {
      id: 'clash',
      name: 'Border clash',
      start: '2021-04-28',
      place: 'Kok-Tash',
      parties: ['KGZ', 'TJK'],
      locations: exercise.locations.slice(1),
      casualties: [
        {
          killed: { value: 36, qualifier: 'exact', text: '36 killed', source: { sourceId: 'a', locator: 'x' } },
          side: 'KGZ',
          people: 'all',
          statedBy: 'Kyrgyz Ministry of Health',
          asOf: '2021-04-30',
          text: '36 killed',
          source: { sourceId: 'a', locator: 'x' },
        },
        {
          killed: { value: 55, qualifier: 'atLeast', text: 'at least 55', source: { sourceId: 'b', locator: 'y' } },
          injured: { value: 200, qualifier: 'moreThan', text: 'over 200', source: { sourceId: 'b', locator: 'y' } },
          side: 'TJK',
          people: 'security',
          statedBy: 'Tajik Border Service',
          asOf: '2021-05-02',
          text: 'at least 55 killed, over 200 injured',
          source: { sourceId: 'b', locator: 'y' },
        },
      ],
      sources: [{ sourceId: 'a', locator: 'x' }],
      confidence: 'sourced',
    };
    const row = incidentsTable([incident], en).rows[0];
    expect(row?.casualties).toBe(
      '36 killed: people (soldiers and civilians not told apart) of Kyrgyzstan (Kyrgyz Ministry of Health, 30 April 2021) [a]; ' +
        'at least 55 killed, more than 200 injured: soldiers, border guards and police of Tajikistan (Tajik Border Service, 2 May 2021) [b]',
    );
  });
});

describe('datasetTable', () => {
  it('has one row per record, with a cell for every column, for every dataset', () => {
    for (const ds of DATASETS) {
      const table = datasetTable(ds.id, 'en');
      expect(table.rows).toHaveLength(ds.rows.length);
      const keys = table.columns.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const row of table.rows) expect(Object.keys(row).sort()).toEqual([...keys].sort());
    }
  });
  it('gives every sourced dataset a sources column of source ids', () => {
    for (const ds of DATASETS) {
      if (ds.id === 'sources') continue;
      expect(datasetTable(ds.id, 'en').columns.find((c) => c.key === 'sources')?.type).toBe('sourceIds');
    }
  });
});
