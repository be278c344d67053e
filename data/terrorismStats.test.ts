import { describe, expect, it } from 'vitest';
import { DATASETS } from './registry';
import type { TerrorismStat } from './schema';
import { SEED } from './sources/seed';
import { terrorismStats as statRows } from './terrorismStats';
import { validateDatasets } from './validate';

const terrorismStats: readonly TerrorismStat[] = statRows;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Does a sentence state this number, as digits ("1,118") or as a word ("two")? */
function mentions(text: string, value: number): boolean {
  const digits = new RegExp(`(^|[^\\d,])${value.toLocaleString('en-US')}(?![\\d,]\\d)`);
  const word = NUMBER_WORDS[value];
  return digits.test(text) || (word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text));
}

function stat(id: string) {
  const s = terrorismStats.find((r) => r.id === id);
  if (!s) throw new Error(`no record ${id}`);
  return s;
}

describe('the article’s 2020 figures', () => {
  const seedFigures = terrorismStats.filter((s) => s.fromSeed);

  it.each([
    ['RUS', 'terroristCrimesStopped', 61, 'exact', '2020', '2020', '2020'],
    ['RUS', 'terroristAttacksPrevented', 41, 'exact', '2020', '2020', '2020'],
    ['UZB', 'extremistOperationsStopped', 4, 'exact', '2020', '2020', '2020'],
    ['UZB', 'suspectsArrested', 100, 'exact', '2020', '2020', '2020'],
    ['KGZ', 'terroristAttacksPrevented', 2, 'exact', '2020', '2020', '2020'],
    ['KGZ', 'suspectsArrested', 29, 'exact', '2020', '2020', '2020'],
    ['TJK', 'criminalActsRegistered', 875, 'exact', '2020-01', '2020-06', 'January–June 2020'],
    ['TJK', 'suspectsArrested', 200, 'moreThan', '2020-01', '2020-06', 'January–June 2020'],
    ['TJK', 'terroristAttacksPrevented', 2, 'exact', '2020-01', '2020-06', 'January–June 2020'],
    ['KAZ', 'terroristCrimesRegistered', 33, 'exact', '2020-01', '2020-07', 'January–July 2020'],
  ])('%s %s: %i (%s) for %s–%s', (country, metric, value, qualifier, from, to, label) => {
    const matches = seedFigures.filter((s) => s.country === country && s.metric === metric);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ value, qualifier, period: { from, to, label } });
  });

  it('are exactly ten, all marked as the article’s', () => {
    expect(seedFigures).toHaveLength(10);
  });

  it('each cite a sentence of the article that states the figure', () => {
    for (const s of seedFigures) {
      const seedRefs = s.sources.filter((r) => r.sourceId === SEED);
      expect(seedRefs.length, s.id).toBeGreaterThan(0);
      for (const ref of seedRefs) {
        expect(ref.quote, s.id).toBeDefined();
        const quote = collapse(ref.quote ?? '');
        expect(mentions(quote, s.value), `${s.id}: quote does not state ${s.value}`).toBe(true);
      }
    }
  });

  it('count Russia’s 41 attacks inside its 61 terrorist crimes', () => {
    const attacks = stat('rus-2020-terrorist-attacks-prevented');
    expect(attacks.partOf).toBe('rus-2020-terrorist-crimes-stopped');
    expect(stat('rus-2020-terrorist-crimes-stopped').value).toBe(61);
  });

  it('flag Russia’s 41 attacks as disputed by the committee’s later 44', () => {
    const attacks = stat('rus-2020-terrorist-attacks-prevented');
    expect(attacks.confidence).toBe('conflicting');
    expect(attacks.claims?.some((c) => c.value.startsWith('44'))).toBe(true);
    expect(attacks.claims?.some((c) => c.value === '41' && c.source.sourceId === SEED)).toBe(true);
  });

  it('flag both Uzbek figures as disputed by the State Security Service’s account', () => {
    for (const id of ['uzb-2020-extremist-operations-stopped', 'uzb-2020-suspects-arrested']) {
      const s = stat(id);
      expect(s.confidence, id).toBe('conflicting');
      const sources = new Set(s.claims?.map((c) => c.source.sourceId));
      expect(sources.has(SEED), id).toBe(true);
      expect(sources.has('sputnikuz-2021-sgb-2020-results'), id).toBe(true);
    }
  });
});

describe('the statistics dataset as a whole', () => {
  it('passes the validator without a single problem', () => {
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/terrorismStats.ts');
    expect(problems).toEqual([]);
  });

  it('never holds two figures for the same country, metric and period', () => {
    const keys = terrorismStats.map((s) => `${s.country} ${s.metric} ${s.period.from}–${s.period.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps a part no larger than its whole, for the same country and period', () => {
    for (const s of terrorismStats) {
      if (s.partOf === undefined) continue;
      const whole = stat(s.partOf);
      expect(whole.country, s.id).toBe(s.country);
      expect(whole.period, s.id).toEqual(s.period);
      expect(s.value, s.id).toBeLessThanOrEqual(whole.value);
    }
  });

  it('cites a public source other than the article for every figure not from the article', () => {
    const others = terrorismStats.filter((s) => !s.fromSeed);
    expect(others.length).toBeGreaterThan(30);
    for (const s of others) expect(s.sources.some((r) => r.sourceId !== SEED), s.id).toBe(true);
  });

  it('keeps the article’s own version among the claims of every disputed article figure', () => {
    for (const s of terrorismStats.filter((r) => r.fromSeed && r.confidence === 'conflicting')) {
      expect(s.claims?.some((c) => c.source.sourceId === SEED), s.id).toBe(true);
    }
  });
});

describe('figures re-sourced or dropped with the untrustworthy pages', () => {
  it('rests Russia’s 2016, 2017 and 2019 figures on news agencies and broadcasters', () => {
    expect(stat('rus-2019-terrorist-crimes-stopped').sources.map((r) => r.sourceId)).toEqual(['5tv-2020-nac-2019-results']);
    expect(stat('rus-2017-terrorist-crimes-stopped').sources.map((r) => r.sourceId)).toEqual(['eadaily-2018-nac-2017-results']);
    const y2016 = stat('rus-2016-terrorist-attacks-prevented');
    expect(y2016.confidence).toBe('conflicting');
    expect(y2016.claims).toHaveLength(2);
  });

  it('keeps the committee’s 44 of April 2021 and its 71 cells, from Vesti after TASS', () => {
    const cells = stat('rus-2020-cells-disrupted');
    expect(cells.value).toBe(71);
    expect(cells.claims?.map((c) => c.source.sourceId)).toEqual(['lenta-2020-nac-41-attacks', 'vesti-2021-nac-2020-review']);
  });

  it('has dropped the figures no trustworthy page gives', () => {
    const ids = new Set(terrorismStats.map((s) => s.id));
    for (const id of [
      'rus-2010-2019-terrorist-crimes-stopped',
      'rus-2010-2019-terrorist-attacks-prevented',
      'tjk-2013-suspects-arrested',
      'uzb-2022-suspects-arrested',
      'uzb-2022-cells-disrupted',
    ])
      expect(ids.has(id), id).toBe(false);
  });

  it('gives Uzbekistan’s 2022 figures for the half-year its source covers', () => {
    for (const id of ['uzb-2022-h1-suspects-arrested', 'uzb-2022-h1-cells-disrupted'])
      expect(stat(id).period).toEqual({ from: '2022-01', to: '2022-06', label: 'January–June 2022' });
  });
});
