import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusAt } from '@/lib/memberStatus';
import { incidents } from './incidents';
import { DATASETS } from './registry';
import type { Incident } from './schema';
import { CENTROIDS, GEONAMES, SEED, sources } from './sources';
import { states } from './states';
import { dateBounds, validateDatasets } from './validate';

const rows: readonly Incident[] = incidents;

function firstInstant(date: string): number {
  const b = dateBounds(date);
  if (!b) throw new Error(`not a date: ${date}`);
  return b[0];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function seedText(): string {
  const seed = sources.find((s) => s.id === SEED);
  if (!seed?.file) throw new Error('the seed source has no file');
  return collapse(readFileSync(new URL(`../../${seed.file}`, import.meta.url), 'utf8'));
}

/** The April 2021 Kyrgyzstan–Tajikistan clash, found the way a reader would: by date and parties. */
function april2021Clash(): Incident {
  const found = rows.filter(
    (i) => i.start.startsWith('2021-04') && [...i.parties].sort().join() === 'KGZ,TJK',
  );
  expect(found).toHaveLength(1);
  const [clash] = found;
  if (!clash) throw new Error('no April 2021 clash');
  return clash;
}

describe('the April 2021 Kyrgyzstan–Tajikistan clash', () => {
  it('keeps the article’s “at least 52 deaths and nearly 300 injuries” as a claim of its own', () => {
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
});

describe('incidents', () => {
  it('every incident is between states that were both SCO members when it began', () => {
    for (const incident of rows) {
      const at = firstInstant(incident.start);
      for (const party of incident.parties) {
        const state = states.find((s) => s.id === party);
        expect(state, `${incident.id}: ${party}`).toBeDefined();
        if (state) expect(statusAt(state, at), `${incident.id}: ${party}`).toBe('member');
      }
    }
  });

  it('every casualty claim keeps the words of its source, and counts only what that source says', () => {
    for (const incident of rows) {
      for (const claim of incident.casualties) {
        expect(claim.text.length, incident.id).toBeGreaterThan(10);
        for (const count of [claim.killed, claim.injured]) {
          if (count) expect(count.source.sourceId, incident.id).toBe(claim.source.sourceId);
        }
      }
    }
  });

  it('lists incidents in date order', () => {
    const starts = rows.map((i) => firstInstant(i.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('where incidents are placed', () => {
  const points = rows.flatMap((i) => i.locations.map((l) => ({ id: i.id, location: l })));

  it('a proxy point says it is a proxy, names the town, and says the site is not in the gazetteer', () => {
    const proxies = points.filter((p) => p.location.coord.basis.startsWith('proxy:'));
    expect(proxies.length).toBeGreaterThan(0);
    for (const { id, location } of proxies) {
      expect(location.coord.precision, id).toBe('approximate');
      expect(location.coord.basis, id).toMatch(/^proxy: nearest gazetteer town \S+.*; the incident site is not in the gazetteer$/);
      expect(location.coord.source.sourceId, id).toBe(GEONAMES);
    }
  });

  it('every approximate point says what it was placed from', () => {
    for (const { id, location } of points.filter((p) => p.location.coord.precision === 'approximate')) {
      expect(location.coord.basis, id).toMatch(/^(proxy: nearest gazetteer town|approximated from )/);
      if (location.coord.source.sourceId === CENTROIDS) expect(location.coord.basis, id).toMatch(/not known/);
    }
  });

  it('the Galwan point is approximate (it marks the river mouth) and only the Yangtse site is exact', () => {
    const galwan = points.find((p) => p.id === 'galwan-valley-clash-2020');
    expect(galwan?.location.coord.precision).toBe('approximate');
    expect(galwan?.location.coord.basis).toMatch(/Galwan River/);
    const exact = points.filter((p) => p.location.coord.precision === 'exact');
    expect(exact.map((p) => p.id)).toEqual(['yangtse-clash-2022']);
    expect([GEONAMES, CENTROIDS]).not.toContain(exact[0]?.location.coord.source.sourceId);
  });
});

describe('sources', () => {
  it('the article’s sentence is quoted word for word', () => {
    const seed = seedText();
    const quotes = rows.flatMap((i) =>
      [...i.sources, ...i.casualties.map((c) => c.source)]
        .filter((s) => s.sourceId === SEED)
        .map((s) => s.quote ?? ''),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(seed).toContain(collapse(q));
  });

  it('the validator finds nothing wrong with the incidents', () => {
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/incidents.ts');
    expect(problems).toEqual([]);
  });
});
