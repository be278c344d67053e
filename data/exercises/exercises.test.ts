import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { statusAt } from '@/lib/memberStatus';
import { exercises } from '.';
import { PLACES } from '../gazetteer';
import { ISO_NUMERIC } from '../iso3';
import { DATASETS } from '../registry';
import { EXERCISE_KIND, type Exercise, type Iso3 } from '../schema';
import { SEED } from '../sources';
import { states } from '../states';
import { dateBounds, validateDatasets } from '../validate';
import { militaryExercises } from './military';

const rows: readonly Exercise[] = exercises;
const military: readonly Exercise[] = militaryExercises;

function exercise(id: string): Exercise {
  const found = rows.find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

function firstInstant(date: string): number {
  const b = dateBounds(date);
  if (!b) throw new Error(`not a date: ${date}`);
  return b[0];
}

/** States that were SCO members when `date` began, from the states dataset. */
function membersOn(date: string): string[] {
  const at = firstInstant(date);
  return states
    .filter((s) => statusAt(s, at) === 'member')
    .map((s) => s.id)
    .sort();
}

describe('exercises a reader looks for', () => {
  it('Peace Mission 2007 is at Chebarkul in Russia in August 2007, with every member of the time taking part', () => {
    const pm = exercise('peace-mission-2007');
    expect(pm.start.startsWith('2007-08')).toBe(true);
    expect(pm.end?.startsWith('2007-08')).toBe(true);
    const chebarkul = pm.locations.find((l) => l.name === 'Chebarkul');
    expect(chebarkul?.country).toBe('RUS');
    expect(chebarkul?.coord.precision).toBe('town');
    const members = membersOn(pm.start);
    expect(members).toHaveLength(6);
    expect([...pm.participants].sort()).toEqual(members);
  });

  it('the exercises the sources place at Chebarkul share one town point, each its own record', () => {
    const atChebarkul = rows.filter((e) =>
      e.locations.some((l) => l.coord.gazetteer.geonameid === PLACES.chebarkul.geonameid),
    );
    expect(atChebarkul.map((e) => e.id).sort()).toEqual(['peace-mission-2007', 'peace-mission-2018']);
    const points = atChebarkul.flatMap((e) =>
      e.locations.filter((l) => l.name === 'Chebarkul').map((l) => `${l.coord.lat},${l.coord.lon}`),
    );
    expect(new Set(points).size).toBe(1);
  });

  it('the article’s exercises are all there, as the article dates them', () => {
    expect(exercise('exercise-01-2002').start.startsWith('2002-10')).toBe(true);
    expect(exercise('coalition-2003').start.startsWith('2003-08')).toBe(true);
    expect(exercise('peace-mission-2005').start.startsWith('2005-08')).toBe(true);
    expect(exercise('peace-mission-2009').start.startsWith('2009-07')).toBe(true);
    expect(exercise('xiamen-2019')).toMatchObject({ kind: 'cyber', start: '2019-12-12' });
    expect(exercise('sary-arka-antiterror-2019').start).toBe('2019');
    expect(exercise('solidarity-2019-2021')).toMatchObject({ kind: 'borderOperation', start: '2019', end: '2021' });
  });

  it('every Peace Mission held is there, once, as a military exercise of its year', () => {
    const years = [2005, 2007, 2009, 2010, 2012, 2013, 2014, 2016, 2018, 2021];
    for (const y of years) {
      const pm = exercise(`peace-mission-${y}`);
      expect(pm.kind, pm.id).toBe('military');
      expect(pm.start.startsWith(String(y)), pm.id).toBe(true);
    }
    const all = rows.filter((e) => /^peace-mission-\d{4}$/.test(e.id)).map((e) => Number(e.id.slice(-4)));
    expect(all.sort()).toEqual(years);
  });

  it('Coalition-2003 keeps the article’s “more than 1,000” beside the 1,300 of other sources', () => {
    const troops = exercise('coalition-2003').troops;
    expect(troops).toContainEqual(expect.objectContaining({ value: 1000, qualifier: 'moreThan', source: expect.objectContaining({ sourceId: SEED }) }));
    expect(troops.some((t) => t.value === 1300 && t.source.sourceId !== SEED)).toBe(true);
  });

  it('Peace Mission 2018 lists Uzbekistan as the observer the Russian military named, not as a participant', () => {
    const pm = exercise('peace-mission-2018');
    expect(pm.observers).toEqual(['UZB']);
    expect(pm.participants).not.toContain('UZB');
    expect(pm.claims?.some((c) => c.field === 'participants' && c.value.includes('Uzbekistan named'))).toBe(true);
  });

  it('every exercise kind is one of the four, and each of the four is used', () => {
    const kinds = new Set(rows.map((e) => e.kind));
    for (const k of kinds) expect(Object.values(EXERCISE_KIND)).toContain(k);
    expect([...kinds].sort()).toEqual(Object.values(EXERCISE_KIND).sort());
  });

  it('no exercise is dated before 2002, the first one the article names', () => {
    const years = rows.map((e) => Number(e.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(2002);
  });

  it('lists exercises in date order, so tables and timelines read chronologically', () => {
    const starts = rows.map((e) => firstInstant(e.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

/** Every quote and locator a record holds, in its sources, claims and troop entries. */
function sourceText(e: Exercise): string {
  const refs = [...e.sources, ...(e.claims ?? []).map((c) => c.source), ...e.troops.map((t) => t.source)];
  return refs.map((r) => `${r.quote ?? ''} ${r.locator ?? ''}`).join(' \n ');
}

/** How the sources name each state (English, and the languages of the non-English sources). */
const NAMES: Partial<Record<Iso3, RegExp>> = {
  CHN: /Chin|Cina|Kines|PLA|चीन/,
  RUS: /Russ|Rusya|Rusi|रूस/,
  KAZ: /Kazakh|Kazakist|Kazahst/,
  KGZ: /Kyrgyz|Kyrgiz|Kirghiz/,
  TJK: /Tajik|Tagikist/,
  UZB: /Uzbek/,
  IND: /India/,
  PAK: /Pakistan/,
  IRN: /Iran/,
  BLR: /Belarus/,
};

describe('who took part', () => {
  it('every participant and observer of a military exercise is a state its sources name', () => {
    const missing: string[] = [];
    for (const e of military) {
      const text = sourceText(e);
      for (const iso of [...e.participants, ...e.observers]) {
        const re = NAMES[iso];
        if (!re || !re.test(text)) missing.push(`${e.id}: ${iso}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no state is both a participant and an observer of the same exercise', () => {
    for (const e of military) expect(e.participants.filter((p) => e.observers.includes(p)), e.id).toEqual([]);
  });

  it('troops hold no number without a source, and the hosts take part', () => {
    for (const e of military) {
      for (const t of e.troops) expect(t.source.quote ?? t.source.locator, e.id).toBeTruthy();
      for (const h of e.hosts) expect(e.participants, e.id).toContain(h);
    }
  });
});

type CountryFeature = Feature<Polygon | MultiPolygon>;

/** The Natural Earth 1:50m countries (world-atlas, the map's own source), by ISO numeric id. */
function countryShapes(): Map<string, CountryFeature> {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return new Map(fc.features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
}

describe('where military exercises are placed', () => {
  const points = military.flatMap((e) => e.locations.map((l) => ({ id: e.id, location: l })));
  const shapes = countryShapes();
  const entries = Object.values(PLACES) as readonly { geonameid: number; lat: number; lon: number; country: string }[];

  it('every location names its country, and its point lies inside that country', () => {
    const outside: string[] = [];
    for (const { id, location } of points) {
      expect(location.country, `${id} › ${location.name}`).toBeDefined();
      const shape = location.country && shapes.get(ISO_NUMERIC[location.country]);
      if (!shape || !geoContains(shape, [location.coord.lon, location.coord.lat])) {
        outside.push(`${id} › ${location.name} (${location.country})`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('every town, district or region point is a gazetteer entry of the same country, never a country’s centre', () => {
    for (const { id, location } of points) {
      const { coord } = location;
      expect(coord.basis, id).not.toMatch(/centroid|CENTROID/);
      if (coord.precision === 'site') continue;
      const entry = entries.find((p) => p.geonameid === coord.gazetteer.geonameid);
      expect(entry, `${id} › ${location.name}`).toBeDefined();
      expect({ lat: coord.lat, lon: coord.lon, country: location.country }).toEqual({
        lat: entry?.lat,
        lon: entry?.lon,
        country: entry?.country,
      });
    }
  });

  it('the places the issue named are at the places their sources name', () => {
    const at = (id: string, name: string) => exercise(id).locations.find((l) => l.name.startsWith(name))?.coord;
    expect(at('exercise-01-2002', 'Irkeshtam')).toMatchObject({ precision: 'region', gazetteer: { geonameid: PLACES.osh.geonameid } });
    expect(at('coalition-2003', 'Ucharal')).toMatchObject({ precision: 'region', gazetteer: { geonameid: PLACES.taldykorgan.geonameid } });
    expect(at('coalition-2003', 'Yili')).toMatchObject({ precision: 'district', gazetteer: { geonameid: PLACES.yining.geonameid } });
    expect(at('peace-mission-2005', 'Weifang')).toMatchObject({ precision: 'town', gazetteer: { geonameid: PLACES.weifang.geonameid } });
    expect(at('peace-mission-2014', 'Zhurihe')).toMatchObject({ precision: 'district', gazetteer: { geonameid: PLACES.saihanTal.geonameid } });
  });
});

describe('sources and conflicts', () => {
  it('every conflicting exercise keeps at least two different versions of one field', () => {
    for (const e of rows.filter((r) => r.confidence === 'conflicting')) {
      const valuesByField = new Map<string, Set<string>>();
      for (const c of e.claims ?? []) valuesByField.set(c.field, (valuesByField.get(c.field) ?? new Set()).add(c.value));
      const disputed = [...valuesByField.values()].some((v) => v.size >= 2);
      expect(disputed, e.id).toBe(true);
    }
  });

  it('the validator finds nothing wrong with the military exercises', () => {
    const ids = new Set(military.map((e) => e.id));
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/exercises/' && ids.has(p.recordId));
    expect(problems).toEqual([]);
  });

  it('the validator finds nothing wrong with the exercises', () => {
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/exercises/');
    expect(problems).toEqual([]);
  });
});
