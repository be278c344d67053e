import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusAt } from '@/lib/memberStatus';
import { exercises } from './exercises';
import { DATASETS } from './registry';
import { EXERCISE_KIND, type Exercise } from './schema';
import { CENTROIDS, GEONAMES, SEED, sources } from './sources';
import { states } from './states';
import { dateBounds, validateDatasets } from './validate';

const rows: readonly Exercise[] = exercises;

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

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function seedText(): string {
  const seed = sources.find((s) => s.id === SEED);
  if (!seed?.file) throw new Error('the seed source has no file');
  return collapse(readFileSync(new URL(`../../${seed.file}`, import.meta.url), 'utf8'));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every quote a record attributes to the article, wherever in the record it sits. */
function seedQuotes(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => seedQuotes(v, out));
  else if (isRecord(value)) {
    if (value.sourceId === SEED && typeof value.quote === 'string') out.push(value.quote);
    Object.values(value).forEach((v) => seedQuotes(v, out));
  }
  return out;
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

  it('Chebarkul holds three exercises, each its own record on the same town point', () => {
    const atChebarkul = rows.filter((e) =>
      e.locations.some((l) => l.coord.basis === 'GeoNames town centre of Chebarkul'),
    );
    expect(atChebarkul.map((e) => e.id).sort()).toEqual(['peace-mission-2007', 'peace-mission-2013', 'peace-mission-2018']);
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

  it('Coalition-2003 keeps the article’s “more than 1,000” beside the 1,300 of other sources', () => {
    const troops = exercise('coalition-2003').troops;
    expect(troops).toContainEqual(expect.objectContaining({ value: 1000, qualifier: 'moreThan', source: expect.objectContaining({ sourceId: SEED }) }));
    expect(troops.some((t) => t.value === 1300 && t.source.sourceId !== SEED)).toBe(true);
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

describe('where exercises are placed', () => {
  const points = rows.flatMap((e) => e.locations.map((l) => ({ id: e.id, location: l })));

  it('every approximate point says what it was placed from and that the real site is not known', () => {
    const approximate = points.filter((p) => p.location.coord.precision === 'approximate');
    expect(approximate.length).toBeGreaterThan(0);
    for (const { id, location } of approximate) {
      const { basis, source } = location.coord;
      expect(basis, `${id} › ${location.name}`).toMatch(/^approximated from the (GeoNames town centre of|centroid of) /);
      expect(basis, `${id} › ${location.name}`).toMatch(/is not known/);
      expect([GEONAMES, CENTROIDS]).toContain(source.sourceId);
      if (source.sourceId === CENTROIDS) expect(basis).toContain('gavinr/world-countries-centroids');
    }
  });

  it('town points are GeoNames town centres with their geonameid', () => {
    for (const { id, location } of points.filter((p) => p.location.coord.precision === 'town')) {
      expect(location.coord.basis, id).toMatch(/^GeoNames town centre of /);
      expect(location.coord.source).toMatchObject({ sourceId: GEONAMES, locator: expect.stringMatching(/^geonameid \d+$/) });
    }
  });

  it('no exercise point claims exact precision, since no source gave a range’s own coordinates', () => {
    expect(points.filter((p) => p.location.coord.precision === 'exact')).toEqual([]);
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

  it('quotes from the article are its own sentences, word for word', () => {
    const seed = seedText();
    const quotes = seedQuotes(rows);
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) expect(seed).toContain(collapse(q));
  });

  it('the validator finds nothing wrong with the exercises', () => {
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/exercises.ts');
    expect(problems).toEqual([]);
  });
});
