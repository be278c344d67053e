import { describe, expect, it } from 'vitest';
import { DATASETS, type DatasetEntry } from './registry';
import { exerciseSchema, incidentSchema, sourceSchema, stateSchema, terrorismStatSchema } from './schema';
import { formatProblem, validateDatasets } from './validate';

const seedSource = {
  id: 'seed',
  title: 'The article',
  authors: ['A. Author'],
  publisher: 'A Journal',
  url: 'https://example.org/article',
  kind: 'article',
  description: 'The article.',
};
const ref = { sourceId: 'seed', quote: 'a quote' };
const coord = { lat: 54.97, lon: 60.36, precision: 'town', basis: 'GeoNames town centre', source: ref, gazetteer: { geonameid: 1508350, name: 'Chebarkul’', withinKm: 0 } };

function goodExercise(overrides: Record<string, unknown> = {}) {
  return {
    id: 'peace-mission-2007',
    name: 'Peace Mission 2007',
    kind: 'military',
    start: '2007-08-09',
    end: '2007-08-17',
    locations: [{ name: 'Chebarkul', country: 'RUS', coord }],
    hosts: ['RUS'],
    participants: ['RUS', 'CHN'],
    observers: [],
    troops: [{ value: 4000, qualifier: 'about', text: 'about 4,000', source: ref }],
    sources: [ref],
    confidence: 'sourced',
    ...overrides,
  };
}

function datasets(extra: Partial<Record<'exercises' | 'incidents' | 'states' | 'terrorismStats', unknown[]>>, srcs: unknown[] = [seedSource]): DatasetEntry[] {
  return [
    { id: 'sources', file: 'data/sources/', schema: sourceSchema, rows: srcs },
    { id: 'exercises', file: 'data/exercises.ts', schema: exerciseSchema, rows: extra.exercises ?? [] },
    { id: 'incidents', file: 'data/incidents.ts', schema: incidentSchema, rows: extra.incidents ?? [] },
    { id: 'states', file: 'data/states.ts', schema: stateSchema, rows: extra.states ?? [] },
    { id: 'terrorismStats', file: 'data/terrorismStats.ts', schema: terrorismStatSchema, rows: extra.terrorismStats ?? [] },
  ];
}

const messages = (ds: DatasetEntry[]) => validateDatasets(ds, { today: new Date('2026-11-28') }).map(formatProblem);

describe('validateDatasets', () => {
  it('accepts a well-formed record', () => {
    expect(messages(datasets({ exercises: [goodExercise()] }))).toEqual([]);
  });

  it('names file, record id and field for a duplicate id', () => {
    expect(messages(datasets({ exercises: [goodExercise(), goodExercise()] }))).toContain(
      'data/exercises.ts › peace-mission-2007 › id: duplicate id "peace-mission-2007"',
    );
  });

  it('rejects impossible and malformed dates', () => {
    const out = messages(datasets({ exercises: [goodExercise({ start: '2007-02-30', end: '2007-13' })] }));
    expect(out).toContain('data/exercises.ts › peace-mission-2007 › start: is not a real calendar date');
    expect(out).toContain('data/exercises.ts › peace-mission-2007 › end: is not a real calendar date');
  });

  it('rejects an end before its start and a date in the future', () => {
    const out = messages(datasets({ exercises: [goodExercise({ start: '2007-08-09', end: '2007-08-01' })] }));
    expect(out).toContain('data/exercises.ts › peace-mission-2007 › end: end 2007-08-01 is before start 2007-08-09');
    const future = messages(datasets({ exercises: [goodExercise({ start: '2031-01', end: undefined })] }));
    expect(future).toContain('data/exercises.ts › peace-mission-2007 › start: 2031-01 is in the future');
  });

  it('rejects coordinates outside the map region', () => {
    const out = messages(
      datasets({ exercises: [goodExercise({ locations: [{ name: 'Lisbon', coord: { ...coord, lat: 38.7, lon: -9.1 } }] })] }),
    );
    expect(out.some((m) => m.startsWith('data/exercises.ts › peace-mission-2007 › locations[0].coord: coordinates (38.7, -9.1) fall outside'))).toBe(true);
  });

  it('rejects a source id that does not resolve', () => {
    const out = messages(datasets({ exercises: [goodExercise({ sources: [{ sourceId: 'nowhere', quote: 'q' }] })] }));
    expect(out).toContain(
      'data/exercises.ts › peace-mission-2007 › sources[0].sourceId: source "nowhere" does not resolve to any record in data/sources/',
    );
  });

  it('rejects a record without a source, and a reference without quote or locator', () => {
    expect(messages(datasets({ exercises: [goodExercise({ sources: [] })] }))).toContain(
      'data/exercises.ts › peace-mission-2007 › sources: has no source',
    );
    expect(messages(datasets({ exercises: [goodExercise({ sources: [{ sourceId: 'seed' }] })] }))).toContain(
      'data/exercises.ts › peace-mission-2007 › sources[0]: needs a quote or a locator',
    );
  });

  it('rejects a negative count', () => {
    const out = messages(
      datasets({ exercises: [goodExercise({ troops: [{ value: -5, qualifier: 'exact', text: '-5', source: ref }] })] }),
    );
    expect(out.some((m) => m.startsWith('data/exercises.ts › peace-mission-2007 › troops[0].value:'))).toBe(true);
  });

  it('rejects a conflicting record that keeps fewer than two claims', () => {
    expect(messages(datasets({ exercises: [goodExercise({ confidence: 'conflicting' })] }))).toContain(
      'data/exercises.ts › peace-mission-2007 › claims: is conflicting but keeps fewer than two claims',
    );
  });

  it('rejects overlapping status periods', () => {
    const state = {
      id: 'KAZ',
      name: 'Kazakhstan',
      capital: { name: 'Astana', coord },
      statusHistory: [
        { status: 'shanghaiFive', from: '1996-04-26', to: '2001-06-15', sources: [ref], confidence: 'seed' },
        { status: 'member', from: '2000-01-01', sources: [ref], confidence: 'seed' },
      ],
    };
    expect(messages(datasets({ states: [state] }))).toContain(
      'data/states.ts › KAZ › statusHistory[1].from: 2000-01-01 begins before the previous period ends (2001-06-15)',
    );
  });

  it('rejects a partOf reference to a missing figure', () => {
    const stat = {
      id: 'rus-2020-attacks',
      country: 'RUS',
      metric: 'terroristAttacksPrevented',
      value: 41,
      qualifier: 'exact',
      period: { from: '2020-01-01', to: '2020-12-31', label: '2020' },
      fromSeed: true,
      partOf: 'rus-2020-crimes',
      sources: [ref],
      confidence: 'seed',
    };
    expect(messages(datasets({ terrorismStats: [stat] }))).toContain(
      'data/terrorismStats.ts › rus-2020-attacks › partOf: "rus-2020-crimes" is not a record in data/terrorismStats.ts',
    );
  });
});

describe('the shipped datasets', () => {
  it('pass validation', () => {
    expect(validateDatasets(DATASETS).map(formatProblem)).toEqual([]);
  });
});
