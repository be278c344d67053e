import { describe, expect, it } from 'vitest';
import { checkBudgets, markdownTables, median, percentile, verdict, type BenchResult } from './budgets';

const fast = { score: 99, lcpMs: 900, tbtMs: 20, cls: 0 };

describe('median and percentile', () => {
  it('takes the middle of three Lighthouse runs', () => {
    expect(median([70, 99, 95])).toBe(95);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });
  it('p95 of 50 samples is the 48th smallest', () => {
    const samples = Array.from({ length: 50 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(48);
  });
});

describe('checkBudgets', () => {
  const base: BenchResult = { routes: [{ route: '/', mobile: fast, firstLoadJsGzip: 150_000 }], notFoundJsGzip: 100_000, geometryGzipBytes: 40_000, yearStepP95Ms: 8, pngExportMs: 200 };

  it('passes a build inside every budget', () => {
    expect(verdict(checkBudgets(base))).toBe('pass');
  });
  it('fails when / ships more than 1.6× the not-found page', () => {
    const lines = checkBudgets({ ...base, routes: [{ route: '/', mobile: fast, firstLoadJsGzip: 170_000 }] });
    expect(lines.find((l) => l.check.includes('first-load'))?.pass).toBe(false);
    expect(verdict(lines)).toBe('fail');
  });
  it('fails a mobile score under 95 and a slow year step', () => {
    const lines = checkBudgets({ ...base, routes: [{ route: '/', mobile: { ...fast, score: 94 }, firstLoadJsGzip: 150_000 }], yearStepP95Ms: 17 });
    expect(lines.filter((l) => l.pass === false).map((l) => l.check)).toEqual(['/ mobile performance', 'year step → map repaint, p95 of 50 (median of 3 runs)']);
  });
  it('fails, not passes, when no scripts were found in the pages (the bench no longer reads them)', () => {
    const lines = checkBudgets({ ...base, notFoundJsGzip: 0 });
    expect(lines.find((l) => l.check.includes('first-load'))).toMatchObject({ value: 'no scripts found in the pages', pass: false });
  });
  it('judges the year step by key press to painted frame, and shows its runs, the page\'s own share and the bare page\'s floor beside it', () => {
    const line = checkBudgets({ ...base, yearStepP95Ms: 19.5, yearStepRunsP95Ms: [21.3, 19.5, 18.2], yearStepBusyP95Ms: 11.2, yearStepFloorP95Ms: 16.9 }).find((l) => l.check.startsWith('year step'));
    expect(line?.pass).toBe(false);
    expect(line?.value).toMatch(/^19\.5 ms/);
    expect(line?.value).toContain('runs 21.3, 19.5, 18.2 ms');
    expect(line?.value).toContain("own work: p95 11.2 ms");
    expect(line?.value).toContain('bare page');
    expect(line?.value).toContain('16.9 ms');
  });
  it('passes a year step within 16 ms whatever the floor reads', () => {
    const line = checkBudgets({ ...base, yearStepP95Ms: 15.8, yearStepFloorP95Ms: 17.2 }).find((l) => l.check.startsWith('year step'));
    expect(line?.pass).toBe(true);
  });
  it('reports what was not measured without failing on it', () => {
    const lines = checkBudgets({ ...base, pngExportMs: undefined });
    expect(lines.find((l) => l.check.startsWith('2× PNG'))?.pass).toBeUndefined();
    expect(verdict(lines)).toBe('pass');
  });
});

describe('the not-found page as the floor', () => {
  const slowShell = { score: 90, lcpMs: 1200, tbtMs: 260, cls: 0 };
  const bench: BenchResult = { routes: [{ route: '/', mobile: fast, firstLoadJsGzip: 150_000 }], notFoundJsGzip: 100_000, notFound: { mobile: slowShell } };

  it('prints its Lighthouse numbers beside the routes', () => {
    const floorRow = markdownTables(bench, checkBudgets(bench))
      .split('\n')
      .find((l) => l.startsWith('| (not-found page'));
    expect(floorRow).toContain('| 90 | 1200 ms | 260 ms |');
  });
  it('is a reference, not a budget: a slow shell alone does not fail the bench', () => {
    const lines = checkBudgets(bench);
    expect(lines.some((l) => l.check.includes('not-found') && l.check.includes('mobile'))).toBe(false);
    expect(verdict(lines)).toBe('pass');
  });
});
