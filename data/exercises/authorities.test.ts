/**
 * The exercises of the members' competent authorities (`authorities.ts` and the files it joins):
 * each record is valid, cites sources the bibliography holds and a careful reader can trust,
 * sits at the place it names, and lists only the states its sources name.
 */
import { describe, expect, it } from 'vitest';
import { PLACES } from '../gazetteer';
import { exerciseSchema, type Exercise, type SourceRef } from '../schema';
import { bannedHostOf } from '../sources/bannedHosts';
import { authorityExerciseSources } from '../sources/authorityExerciseSources';
import { GEONAMES, SEED, sources } from '../sources';
import { authorityExercises } from './authorities';

const rows: readonly Exercise[] = authorityExercises;

function exercise(id: string): Exercise {
  const found = rows.find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

/** Every source reference a record holds: sources, claims, troop counts and points. */
function refsOf(e: Exercise): { where: string; ref: SourceRef }[] {
  return [
    ...e.sources.map((ref, i) => ({ where: `sources[${i}]`, ref })),
    ...(e.claims ?? []).map((c, i) => ({ where: `claims[${i}]`, ref: c.source })),
    ...e.troops.map((t, i) => ({ where: `troops[${i}]`, ref: t.source })),
    ...e.locations.map((l, i) => ({ where: `locations[${i}]`, ref: l.coord.source })),
  ];
}

const byId = new Map(sources.map((s) => [s.id, s]));
const entries = Object.values(PLACES);

describe('authority exercises: records', () => {
  it('each is a valid exercise with a unique id', () => {
    for (const e of rows) {
      const parsed = exerciseSchema.safeParse(e);
      expect(parsed.success, `${e.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
    expect(new Set(rows.map((e) => e.id)).size).toBe(rows.length);
  });

  it('are exercises of competent authorities, never of armed forces', () => {
    for (const e of rows) expect(['lawEnforcement', 'cyber', 'borderOperation'], e.id).toContain(e.kind);
    expect(new Set(rows.map((e) => e.kind))).toEqual(new Set(['lawEnforcement', 'cyber', 'borderOperation']));
  });

  it('cover the record from the first (2006) to the latest held (2025)', () => {
    const ids = rows.map((e) => e.id);
    for (const id of [
      'tianshan-i-2006',
      'volgograd-antiterror-2008',
      'norak-antiterror-2009',
      'saratov-antiterror-2010',
      'tianshan-ii-2011',
      'vostok-antiterror-2012',
      'kazygurt-antiterror-2013',
      'east-antiterror-2014',
      'bishkek-staff-training-2015',
      'xiamen-2015',
      'tianshan-iii-2017',
      'xiamen-cyber-drill-2017',
      'solidarity-2019-2021',
      'sary-arka-antiterror-2019',
      'xiamen-2019',
      'pabbi-antiterror-2021',
      'manesar-antiterror-2022',
      'anti-terrorism-interaction-2024',
      'sahand-antiterror-2025',
    ]) {
      expect(ids, id).toContain(id);
    }
    for (const e of rows) expect(e.start >= '2002' && e.start <= '2026-12-31', e.id).toBe(true);
  });

  it('end no earlier than they start', () => {
    for (const e of rows.filter((r) => r.end !== undefined)) expect((e.end ?? '') >= e.start.slice(0, (e.end ?? '').length), e.id).toBe(true);
  });

  it('list each host among the participants, and no state as both participant and observer', () => {
    for (const e of rows) {
      for (const h of e.hosts) expect(e.participants, `${e.id}: host ${h}`).toContain(h);
      for (const o of e.observers) expect(e.participants, `${e.id}: observer ${o}`).not.toContain(o);
    }
  });

  it('say “not reported” where they keep no personnel figure', () => {
    for (const e of rows.filter((r) => r.troops.length === 0)) expect(e.note ?? '', e.id).toMatch(/not reported/);
  });

  it('keep only whole-exercise totals, each quoting its number', () => {
    for (const e of rows) {
      for (const t of e.troops) {
        expect(t.source.quote, e.id).toBeDefined();
        expect(t.source.quote ?? '', e.id).toContain(String(t.value));
      }
    }
  });
});

describe('authority exercises: sources', () => {
  it('cite only sources the bibliography holds, each with a quote or a locator', () => {
    for (const e of rows) {
      for (const { where, ref } of refsOf(e)) {
        expect(byId.has(ref.sourceId), `${e.id} › ${where}: unknown source ${ref.sourceId}`).toBe(true);
        expect(ref.quote !== undefined || ref.locator !== undefined, `${e.id} › ${where}`).toBe(true);
      }
    }
  });

  it('rest on no banned host, and cite Wikipedia only by a permanent link', () => {
    for (const e of rows) {
      for (const { where, ref } of refsOf(e)) {
        const url = byId.get(ref.sourceId)?.url;
        if (url === undefined) continue;
        expect(bannedHostOf(url), `${e.id} › ${where}: ${url}`).toBeUndefined();
        if (new URL(url).hostname.endsWith('wikipedia.org')) expect(url, `${e.id} › ${where}`).toMatch(/[?&]oldid=\d+/);
      }
    }
  });

  it('no longer cite the weak sources they were moved off', () => {
    const dropped = ['xebersaati-2015-cyber-exercise-plan', 'latestly-2022-border-services-meeting', 'governancetoday-2019-sary-arka'];
    for (const e of rows) for (const { ref } of refsOf(e)) expect(dropped, e.id).not.toContain(ref.sourceId);
  });

  it('every source in this file is cited by some record, and ids are unique across the bibliography', () => {
    const cited = new Set(rows.flatMap((e) => refsOf(e).map((r) => r.ref.sourceId)));
    for (const s of authorityExerciseSources) expect(cited.has(s.id), `${s.id} is not cited`).toBe(true);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('quote the article only where the article is the source', () => {
    const seedRefs = rows.flatMap((e) => e.sources.filter((r) => r.sourceId === SEED));
    for (const r of seedRefs) expect(r.quote, 'seed reference without a quote').toBeDefined();
  });
});

describe('authority exercises: places', () => {
  const points = rows.flatMap((e) => e.locations.map((l) => ({ id: e.id, l })));

  it('every point is a gazetteer entry of the country the location names, never a placeholder', () => {
    for (const { id, l } of points) {
      expect(l.country, `${id} › ${l.name}`).toBeDefined();
      expect(l.coord.basis, `${id} › ${l.name}`).not.toMatch(/PLACEHOLDER|centroid/i);
      expect(l.coord.source.sourceId, `${id} › ${l.name}`).toBe(GEONAMES);
      const entry = entries.find((p) => p.geonameid === l.coord.gazetteer.geonameid);
      expect(entry, `${id} › ${l.name}: not in PLACES`).toBeDefined();
      expect(entry?.country, `${id} › ${l.name}`).toBe(l.country);
      expect([l.coord.lat, l.coord.lon], `${id} › ${l.name}`).toEqual([entry?.lat, entry?.lon]);
    }
  });

  it('uses a district or region seat only where the sources name nothing smaller, and says so', () => {
    for (const { id, l } of points.filter((p) => p.l.coord.precision === 'district' || p.l.coord.precision === 'region')) {
      expect(l.coord.basis, `${id} › ${l.name}`).toMatch(/^seat of .+ is not known$/);
    }
  });

  it('puts the exercises at the places their sources name', () => {
    const at = (id: string) => exercise(id).locations.map((l) => l.coord.gazetteer.name);
    expect(at('tianshan-i-2006')).toEqual(['Taldykorgan', 'Yining']);
    expect(at('volgograd-antiterror-2008')).toEqual(['Volgograd']);
    expect(at('norak-antiterror-2009')).toEqual(['Dushanbe']);
    expect(at('saratov-antiterror-2010')).toEqual(['Saratov']);
    expect(at('tianshan-ii-2011')).toEqual(['Kashgar']);
    expect(at('vostok-antiterror-2012')).toEqual(['Jizzax']);
    expect(at('kazygurt-antiterror-2013')).toEqual(['Shymkent']);
    expect(at('tianshan-iii-2017')).toEqual(['Atush']);
    expect(at('pabbi-antiterror-2021')).toEqual(['Pabbi']);
    expect(at('manesar-antiterror-2022')).toEqual(['Gurgaon']);
    expect(at('anti-terrorism-interaction-2024')).toEqual(['Ürümqi']);
    expect(at('sahand-antiterror-2025')).toEqual(['Shabestar']);
    expect(at('xiamen-2019')).toEqual(['Xiamen']);
  });
});

describe('authority exercises: what the sources say', () => {
  it('Volgograd-Antiterror-2008 ran 18 August–4 September with the units of four members', () => {
    const e = exercise('volgograd-antiterror-2008');
    expect([e.start, e.end]).toEqual(['2008-08-18', '2008-09-04']);
    expect([...e.participants].sort()).toEqual(['KAZ', 'RUS', 'TJK', 'UZB']);
  });

  it('Tianshan-II (2011) is China, Kyrgyzstan and Tajikistan, 5–8 May', () => {
    const e = exercise('tianshan-ii-2011');
    expect([e.start, e.end]).toEqual(['2011-05-05', '2011-05-08']);
    expect([...e.participants].sort()).toEqual(['CHN', 'KGZ', 'TJK']);
  });

  it('Pabbi-Antiterror-2021 is hosted by Pakistan, with India observing', () => {
    const e = exercise('pabbi-antiterror-2021');
    expect(e).toMatchObject({ start: '2021-09-21', end: '2021-10-04', hosts: ['PAK'], observers: ['IND'] });
  });

  it('Manesar-Antiterror-2022 keeps both versions of Tajikistan’s part', () => {
    const e = exercise('manesar-antiterror-2022');
    expect(e.confidence).toBe('conflicting');
    expect(e.observers).toEqual(['TJK']);
    expect(new Set((e.claims ?? []).filter((c) => c.field === 'Tajikistan').map((c) => c.source.sourceId)).size).toBe(2);
  });

  it('lists only the host where the sources say “all members” without naming them', () => {
    for (const id of ['anti-terrorism-interaction-2024', 'xiamen-2015', 'xiamen-cyber-drill-2017', 'xiamen-2019']) {
      const e = exercise(id);
      expect(e.participants, id).toEqual(['CHN']);
      expect((e.claims ?? []).some((c) => c.field === 'participants'), id).toBe(true);
    }
  });

  it('Sahand-Antiterror-2025 keeps the five-country count beside the ten named', () => {
    const e = exercise('sahand-antiterror-2025');
    expect(e.confidence).toBe('conflicting');
    expect(e.participants).toHaveLength(10);
    expect((e.claims ?? []).some((c) => c.value.startsWith('five countries'))).toBe(true);
    expect([e.start, e.end]).toEqual(['2025-12-01', '2025-12-05']);
  });

  it('the article’s two 2019 records are there as the article dates them', () => {
    expect(exercise('sary-arka-antiterror-2019').start).toBe('2019');
    expect(exercise('solidarity-2019-2021')).toMatchObject({ kind: 'borderOperation', start: '2019', end: '2021' });
    expect(exercise('xiamen-2019')).toMatchObject({ kind: 'cyber', start: '2019-12-12' });
  });
});
