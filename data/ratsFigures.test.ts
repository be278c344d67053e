import { describe, expect, it } from 'vitest';
import { ratsFigures as ratsRows } from './ratsFigures';
import { DATASETS } from './registry';
import type { RatsFigure } from './schema';
import { SEED } from './sources/seed';
import { validateDatasets } from './validate';

const ratsFigures: readonly RatsFigure[] = ratsRows;


function figure(id: string) {
  const f = ratsFigures.find((r) => r.id === id);
  if (!f) throw new Error(`no record ${id}`);
  return f;
}

const DATABASE_45000 = 'rats-2019-03-database-persons';
const DATABASE_4500 = 'rats-2019-03-15-unified-database-radicals';

describe('the contested database size of March 2019', () => {
  it('shows the article’s figure as it stands: more than 45,000 persons, March 2019', () => {
    expect(figure(DATABASE_45000)).toMatchObject({
      date: '2019-03',
      metric: 'databasePersons',
      value: 45000,
      qualifier: 'moreThan',
      confidence: 'conflicting',
    });
  });

  it('links the 45,000 and the RATS Council’s 4,500 of the same month both ways', () => {
    expect(figure(DATABASE_45000).contestedBy).toContain(DATABASE_4500);
    expect(figure(DATABASE_4500).contestedBy).toContain(DATABASE_45000);
    expect(figure(DATABASE_4500)).toMatchObject({ date: '2019-03-15', value: 4500, qualifier: 'moreThan' });
  });

  it('keeps both versions with their sources on both records', () => {
    for (const id of [DATABASE_45000, DATABASE_4500]) {
      const claims = figure(id).claims ?? [];
      const bySource = new Map(claims.map((c) => [c.source.sourceId, c.value]));
      expect(bySource.get(SEED), id).toMatch(/45,000/);
      expect(bySource.get('sputnikuz-2019-rats-unified-database'), id).toMatch(/4,500/);
    }
  });
});

describe('the RATS figures as a whole', () => {
  it('passes the validator without a single problem', () => {
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/ratsFigures.ts');
    expect(problems).toEqual([]);
  });

  it('only ever contests in pairs: if A is contested by B, B is contested by A', () => {
    for (const f of ratsFigures) {
      for (const other of f.contestedBy ?? []) expect(figure(other).contestedBy, `${other} ↔ ${f.id}`).toContain(f.id);
    }
  });

  it('says in words how each figure is qualified', () => {
    const MORE = /^(more than|over|более|свыше)(?=\s)/i;
    const ABOUT = /^(about|some|around|nearly)(?=\s)/i;
    for (const f of ratsFigures) {
      if (f.qualifier === 'moreThan') expect(f.valueText, f.id).toMatch(MORE);
      else if (f.qualifier === 'about') expect(f.valueText, f.id).toMatch(ABOUT);
      else if (f.qualifier === 'exact') {
        expect(f.valueText, f.id).not.toMatch(MORE);
        expect(f.valueText, f.id).not.toMatch(ABOUT);
      }
    }
  });

  it('says what every figure counts, and rests every figure but the article’s on a public source', () => {
    for (const f of ratsFigures) {
      expect(f.counts.length, f.id).toBeGreaterThan(8);
      if (f.id !== DATABASE_45000) expect(f.sources.some((r) => r.sourceId !== SEED), f.id).toBe(true);
    }
  });

  it('gives a period to every result that covers one (a figure stated years after it was counted)', () => {
    const results = ratsFigures.filter((f) => f.metric === 'attacksPrevented' || f.metric === 'cellsDisrupted');
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const f of results) expect(f.period, f.id).toBeDefined();
  });
});

describe('figures that rested on untrustworthy pages', () => {
  it('are gone: no register or banned-list figure of October 2019, no 2011–2015 summary', () => {
    const ids = new Set(ratsFigures.map((f) => f.id));
    for (const id of ['rats-2019-10-17-search-register', 'rats-2019-10-17-banned-organisations', 'rats-2011-2015-attacks-prevented'])
      expect(ids.has(id), id).toBe(false);
  });
});
