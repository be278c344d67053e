import { describe, expect, it } from 'vitest';
import {
  defaultViewState,
  mapViewQuery,
  parseMapViewState,
  serializeMapViewState,
  type MapUrlContext,
  type MapViewState,
} from './urlState';

const ctx: MapUrlContext = {
  minYear: 1996,
  maxYear: 2026,
  defaultYear: 2026,
  stateIds: new Set(['KGZ', 'RUS', 'CHN', 'IND']),
  eventIds: new Set(['peace-mission-2007', 'galwan-2020']),
};

const parse = (query: string) => parseMapViewState(new URLSearchParams(query), ctx);

describe('parseMapViewState', () => {
  it('reads the issue’s example link', () => {
    const s = parse('year=2017&layers=members,exercises,incidents&focus=KGZ&z=2&c=70.5,42.1');
    expect(s).toMatchObject({
      year: 2017,
      layers: ['members', 'exercises', 'incidents'],
      focus: 'KGZ',
      zoom: 2,
      center: [70.5, 42.1],
      view: 'map',
    });
  });

  it('gives the whole default view for an empty query', () => {
    expect(parse('')).toEqual(defaultViewState(ctx));
  });

  it.each([
    ['year=abc', 'year'],
    ['year=99999', 'year'],
    ['year=1995', 'year'],
    ['year=2027', 'year'],
    ['year=2017.5', 'year'],
    ['layers=<script>alert(1)</script>', 'layers'],
    ['kinds=;DROP TABLE', 'kinds'],
    ['focus=../../etc', 'focus'],
    ['focus=XYZ', 'focus'],
    ['sel=<img src=x onerror=alert(1)>', 'sel'],
    ['sel=not-an-event', 'sel'],
    ['z=1e309', 'zoom'],
    ['z=Infinity', 'zoom'],
    ['z=NaN', 'zoom'],
    ['z=0.5', 'zoom'],
    ['z=9', 'zoom'],
    ['z=0x10', 'zoom'],
    ['view=javascript:alert(1)', 'view'],
  ] as const)('falls back to the default for %s', (query, key) => {
    expect(parse(query)[key]).toEqual(defaultViewState(ctx)[key]);
  });

  it('drops unknown layer and kind tokens but keeps the known ones', () => {
    const s = parse('layers=capitals,<b>,members&kinds=cyber,bogus');
    expect(s.layers).toEqual(['members', 'capitals']);
    expect(s.kinds).toEqual(['cyber']);
  });

  it('reads "none" as an empty layer set', () => {
    expect(parse('layers=none').layers).toEqual([]);
  });

  it('accepts a lower-case state code', () => {
    expect(parse('focus=kgz').focus).toBe('KGZ');
  });

  it('ignores a centre at whole-region zoom, or outside the region, or malformed', () => {
    expect(parse('c=70.5,42.1').center).toBeNull();
    expect(parse('z=3&c=-60,10').center).toBeNull();
    expect(parse('z=3&c=70.5').center).toBeNull();
    expect(parse('z=3&c=70.5,42.1,3').center).toBeNull();
    expect(parse('z=3&c=1e3,42').center).toBeNull();
  });

  it('accepts Chukotka beyond the antimeridian as a centre', () => {
    expect(parse('z=4&c=-172.5,66').center).toEqual([-172.5, 66]);
  });

  it('ignores absurdly long values', () => {
    expect(parse(`layers=${'members,'.repeat(100)}`).layers).toEqual(defaultViewState(ctx).layers);
  });
});

describe('serializeMapViewState', () => {
  it('writes only what differs from the default, and always the year', () => {
    expect(mapViewQuery(defaultViewState(ctx))).toBe('year=2026');
    const values = serializeMapViewState({ ...defaultViewState(ctx), year: 2001 });
    expect(values).toEqual({ year: '2001', layers: null, kinds: null, focus: null, sel: null, z: null, c: null, view: null });
  });

  it('writes "none" for an empty set so it survives the round trip', () => {
    expect(mapViewQuery({ ...defaultViewState(ctx), layers: [], kinds: [] })).toBe('year=2026&layers=none&kinds=none');
  });

  it('rounds zoom and centre to two decimals', () => {
    const s: MapViewState = { ...defaultViewState(ctx), zoom: 2.34567, center: [70.123456, 42.98765] };
    expect(serializeMapViewState(s)).toMatchObject({ z: '2.35', c: '70.12,42.99' });
  });

  it('omits the centre at whole-region zoom', () => {
    expect(serializeMapViewState({ ...defaultViewState(ctx), zoom: 1, center: [70, 40] }).c).toBeNull();
  });
});

describe('round trip', () => {
  const views: MapViewState[] = [
    defaultViewState(ctx),
    {
      year: 2017,
      layers: ['members', 'incidents'],
      kinds: ['military', 'cyber'],
      focus: 'KGZ',
      sel: 'peace-mission-2007',
      zoom: 2.5,
      center: [70.5, 42.1],
      view: 'list',
    },
    { ...defaultViewState(ctx), year: 1996, layers: [], kinds: [] },
    { ...defaultViewState(ctx), zoom: 8, center: [-172.5, 66] },
  ];

  it.each(views.map((v) => [mapViewQuery(v), v] as const))('%s parses back to the same view', (query, view) => {
    expect(parse(query)).toEqual(view);
    expect(mapViewQuery(parse(query))).toBe(query);
  });
});
