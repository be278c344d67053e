import { describe, expect, it } from 'vitest';
import { statusAt } from '@/lib/memberStatus';
import { incidents } from '.';
import { DATASETS } from '../registry';
import type { Incident } from '../schema';
import { SEED } from '../sources';
import { states } from '../states';
import { dateBounds, validateDatasets } from '../validate';

const rows: readonly Incident[] = incidents;

function firstInstant(date: string): number {
  const b = dateBounds(date);
  if (!b) throw new Error(`not a date: ${date}`);
  return b[0];
}

function incident(id: string): Incident {
  const found = rows.find((i) => i.id === id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
}

/** The April 2021 Kyrgyzstan–Tajikistan clash, found the way a reader would: by date and parties. */
function april2021Clash(): Incident {
  const found = rows.filter((i) => i.start.startsWith('2021-04') && [...i.parties].sort().join() === 'KGZ,TJK');
  expect(found).toHaveLength(1);
  const [clash] = found;
  if (!clash) throw new Error('no April 2021 clash');
  return clash;
}

describe('the April 2021 Kyrgyzstan–Tajikistan clash', () => {
  it('keeps the article’s “at least 52 deaths and nearly 300 injuries” as a statement of its own', () => {
    const fromSeed = april2021Clash().casualties.filter((c) => c.source.sourceId === SEED);
    expect(fromSeed).toHaveLength(1);
    expect(fromSeed[0]?.killed).toMatchObject({ value: 52, qualifier: 'atLeast' });
    expect(fromSeed[0]?.injured).toMatchObject({ value: 300, qualifier: 'nearly' });
  });

  it('shows the seed’s figures beside the other sources’ counts, flagged as conflicting', () => {
    const clash = april2021Clash();
    expect(clash.confidence).toBe('conflicting');
    const otherDeathCounts = clash.casualties
      .filter((c) => c.source.sourceId !== SEED && c.killed !== undefined)
      .map((c) => c.killed?.value);
    expect(otherDeathCounts).toContain(55);
    expect(new Set(otherDeathCounts).size).toBeGreaterThan(2);
    const seedClaim = clash.claims?.find((c) => c.source.sourceId === SEED && c.value.includes('52'));
    const rivalClaim = clash.claims?.find((c) => c.field === seedClaim?.field && c.source.sourceId !== SEED);
    expect(seedClaim).toBeDefined();
    expect(rivalClaim).toBeDefined();
  });

  it('keeps the early Kyrgyz tolls beside the later ones, each with its date', () => {
    const kyrgyz = april2021Clash()
      .casualties.filter((c) => c.side === 'KGZ' && c.killed !== undefined)
      .map((c) => [c.asOf, c.killed?.value]);
    expect(kyrgyz).toEqual(expect.arrayContaining([['2021-04-30', 13], ['2021-05-01', 33], ['2021-05-03', 34]]));
  });
});

describe('incidents', () => {
  it('every incident is between two states that were both SCO members when it began', () => {
    for (const i of rows) {
      expect(new Set(i.parties).size, i.id).toBe(i.parties.length);
      const at = firstInstant(i.start);
      for (const party of i.parties) {
        const state = states.find((s) => s.id === party);
        expect(state, `${i.id}: ${party}`).toBeDefined();
        if (state) expect(statusAt(state, at), `${i.id}: ${party}`).toBe('member');
      }
    }
  });

  it('lists incidents in date order, each ending on or after its start', () => {
    const starts = rows.map((i) => firstInstant(i.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const i of rows) if (i.end) expect(firstInstant(i.end), i.id).toBeGreaterThanOrEqual(firstInstant(i.start));
  });

  it('gives the end of the fighting where a ceasefire was announced', () => {
    expect(incident('india-pakistan-escalation-2025-05').end).toBe('2025-05-10');
    expect(incident('golovnoy-border-clash-2021-04').end).toBe('2021-05-01');
    expect(incident('batken-border-clash-2022-01').end).toBe('2022-01-28');
    expect(incident('kyrgyzstan-tajikistan-border-war-2022-09').end).toBe('2022-09-17');
  });

  it('holds the clashes a reader looks for, one record each', () => {
    const has = (parties: string, month: string) =>
      rows.filter((i) => [...i.parties].sort().join() === parties && i.start.startsWith(month)).length;
    expect(has('CHN,IND', '2020-06')).toBe(1);
    expect(has('CHN,IND', '2022-12')).toBe(1);
    expect(has('IND,PAK', '2019-02')).toBe(1);
    expect(has('IND,PAK', '2025-05')).toBe(1);
    expect(has('IRN,PAK', '2024-01')).toBe(1);
    expect(has('KGZ,TJK', '2022-01')).toBe(1);
    expect(has('KGZ,TJK', '2022-09')).toBe(1);
    expect(has('KGZ,UZB', '2013-07')).toBe(1);
  });
});

describe('the India–China clashes of May 2020 and January 2021', () => {
  it('holds Pangong Tso (5–6 May 2020), Naku La (9 May 2020) and Naku La (20 January 2021)', () => {
    expect(incident('pangong-tso-clash-2020-05')).toMatchObject({ start: '2020-05-05', end: '2020-05-06' });
    expect(incident('naku-la-face-off-2020-05').start).toBe('2020-05-09');
    expect(incident('naku-la-clash-2021-01').start).toBe('2021-01-20');
    for (const id of ['pangong-tso-clash-2020-05', 'naku-la-face-off-2020-05', 'naku-la-clash-2021-01']) {
      expect([...incident(id).parties].sort(), id).toEqual(['CHN', 'IND']);
    }
  });

  it('places the Naku La clashes at Mangan, seat of North Sikkim district, and Pangong at Leh', () => {
    for (const id of ['naku-la-face-off-2020-05', 'naku-la-clash-2021-01']) {
      expect(incident(id).locations[0]?.coord.gazetteer.geonameid, id).toBe(1263776);
    }
    expect(incident('pangong-tso-clash-2020-05').locations[0]?.coord.gazetteer.geonameid).toBe(1264976);
  });

  it('records injuries without figures, since no source read gives one', () => {
    for (const id of ['pangong-tso-clash-2020-05', 'naku-la-face-off-2020-05', 'naku-la-clash-2021-01']) {
      const c = incident(id).casualties;
      expect(c.length, id).toBeGreaterThan(0);
      for (const s of c) expect([s.killed, s.injured], id).toEqual([undefined, undefined]);
    }
  });
});

describe('casualty statements', () => {
  const all = rows.flatMap((i) => i.casualties.map((c) => ({ id: i.id, parties: i.parties, c })));

  it('every statement says who gave it, when, and whose casualties it counts', () => {
    for (const { id, parties, c } of all) {
      expect(c.statedBy.length, id).toBeGreaterThan(2);
      expect(firstInstant(c.asOf), id).toBeGreaterThan(0);
      expect(c.text.length, id).toBeGreaterThan(10);
      if (c.side) expect(parties, id).toContain(c.side);
    }
  });

  it('each count rests on its statement’s own source', () => {
    for (const { id, c } of all) {
      for (const count of [c.killed, c.injured]) if (count) expect(count.source, id).toEqual(c.source);
    }
  });

  it('Operation Sindoor: the militants-killed claim and the civilians-injured count are separate statements', () => {
    const sindoor = incident('india-pakistan-escalation-2025-05').casualties;
    const militants = sindoor.filter((c) => c.people === 'militants');
    expect(militants.length).toBeGreaterThan(0);
    for (const m of militants) {
      expect(m.injured, 'a militants claim carries no civilian count').toBeUndefined();
      expect(m.side).toBe('PAK');
      expect(m.statedBy).toMatch(/Indian Army/);
    }
    const mea = sindoor.find((c) => c.injured?.value === 59);
    expect(mea).toMatchObject({ side: 'IND', people: 'civilians', statedBy: 'Indian Ministry of External Affairs' });
    expect(mea?.killed?.value).toBe(13);
  });

  it('Operation Sindoor keeps the early and the final Pakistani counts, civilians and soldiers apart', () => {
    const pak = incident('india-pakistan-escalation-2025-05').casualties.filter((c) => c.side === 'PAK' && c.statedBy.startsWith('ISPR'));
    expect(pak.filter((c) => c.people === 'civilians').map((c) => c.killed?.value).sort()).toEqual([31, 40]);
    expect(pak.find((c) => c.people === 'soldiers')?.injured?.value).toBe(78);
  });

  it('the 2022 war’s overall death toll keeps its “more than”', () => {
    const overall = incident('kyrgyzstan-tajikistan-border-war-2022-09').casualties.filter((c) => !c.side && c.people === 'all');
    expect(overall.map((c) => c.killed)).toContainEqual(expect.objectContaining({ value: 100, qualifier: 'moreThan' }));
  });

  it('a statement that counts one side says which, except where it counts both', () => {
    const war = incident('kyrgyzstan-tajikistan-border-war-2022-09').casualties;
    expect(war.filter((c) => c.side === 'KGZ').length).toBeGreaterThan(2);
    expect(war.filter((c) => c.side === 'TJK').length).toBeGreaterThan(2);
  });
});

describe('where incidents are placed', () => {
  const points = rows.flatMap((i) => i.locations.map((l) => ({ i, l })));

  it('every location names its country, one of the parties', () => {
    for (const { i, l } of points) {
      expect(l.country, `${i.id}: ${l.name}`).toBeDefined();
      expect(i.parties, `${i.id}: ${l.name}`).toContain(l.country);
    }
  });

  it('no point is a country centre or a “proxy” town', () => {
    for (const { i, l } of points) {
      expect(l.coord.basis, i.id).not.toMatch(/centroid|proxy/i);
      expect(['town', 'district', 'region', 'site'], i.id).toContain(l.coord.precision);
    }
  });

  it('the Batken clash of January 2022 sits at Batken, and the 2024 strikes at Panjgur and in Iran', () => {
    const batken = incident('batken-border-clash-2022-01').locations;
    expect(batken.map((l) => l.coord.gazetteer.geonameid)).toContain(1528735);
    const strikes = incident('iran-pakistan-strikes-2024-01').locations;
    expect(strikes.find((l) => l.country === 'PAK')?.coord.gazetteer.geonameid).toBe(1168446);
    expect(strikes.find((l) => l.country === 'IRN')?.coord.precision).toBe('region');
  });

  it('Kyrgyz–Tajik clashes that name Vorukh or Kulundu sit on those villages', () => {
    expect(incident('vorukh-water-pipeline-clash-2014').locations[0]?.coord.gazetteer.geonameid).toBe(1220164);
    expect(incident('kulundu-border-shootout-2019-09').locations.map((l) => l.coord.gazetteer.geonameid)).toContain(8377525);
  });

  it('an event in several places keeps several locations', () => {
    expect(incident('india-pakistan-escalation-2025-05').locations.length).toBeGreaterThan(3);
    expect(new Set(incident('iran-pakistan-strikes-2024-01').locations.map((l) => l.country))).toEqual(new Set(['PAK', 'IRN']));
  });
});

describe('validation', () => {
  it('the validator finds nothing wrong with the incidents', () => {
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/incidents/');
    expect(problems).toEqual([]);
  });
});
