import { describe, expect, it } from 'vitest';
import { checkBudgets, markdownTables, median, percentile, verdict, type BenchResult, type BudgetLine, type LighthouseMedian } from './budgets';

/** The naive page as it might measure on a slow phone: the yardstick of the ratio budgets. */
const naiveMobile: LighthouseMedian = { score: 62, fcpMs: 1500, lcpMs: 3000, tbtMs: 900, cls: 0.08 };
const fast: LighthouseMedian = { score: 99, fcpMs: 900, lcpMs: 1200, tbtMs: 20, cls: 0 };

const base: BenchResult = {
  routes: [{ route: '/', mobile: fast, firstLoadJsGzip: 150_000 }],
  notFoundJsGzip: 100_000,
  naive: { mobile: naiveMobile, firstLoadJsGzip: 400_000 },
  geometryGzipBytes: 40_000,
  yearStepP95Ms: 18.2,
  yearStepFloorP95Ms: 16.7,
  yearStepBusyP95Ms: 2.4,
  pngExportMs: 200,
};

const line = (lines: BudgetLine[], check: string) => lines.find((l) => l.check === check);
const failed = (lines: BudgetLine[]) => lines.filter((l) => l.pass === false).map((l) => l.check);

describe('median and percentile', () => {
  it('takes the middle of three Lighthouse runs', () => {
    expect(median([70, 99, 95])).toBe(95);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    // A failed Lighthouse run gives NaN metrics: the median is of the runs that measured.
    expect(median([1403, Number.NaN, 1380])).toBe(1391.5);
    expect(median([Number.NaN, 1403, Number.NaN])).toBe(1403);
    expect(median([Number.NaN])).toBeNaN();
  });
  it('p95 of 50 samples is the 48th smallest', () => {
    const samples = Array.from({ length: 50 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(48);
  });
});

describe('checkBudgets: ratios to the naive page', () => {
  it('passes a build well ahead of the naive page on every line', () => {
    const lines = checkBudgets(base);
    expect(failed(lines)).toEqual([]);
    expect(verdict(lines)).toBe('pass');
  });

  it('fails an LCP only a little faster than the naive page, and shows the ratio and both times', () => {
    const lines = checkBudgets({ ...base, routes: [{ route: '/', mobile: { ...fast, lcpMs: 2550 }, firstLoadJsGzip: 150_000 }] });
    expect(line(lines, '/ mobile LCP / naive')).toMatchObject({ value: '0.85× (2.55 s vs 3.00 s)', pass: false });
    expect(failed(lines)).toEqual(['/ mobile LCP / naive']);
  });

  it('judges FCP on its own: a fast LCP does not carry a slow first paint', () => {
    const lines = checkBudgets({ ...base, routes: [{ route: '/', mobile: { ...fast, fcpMs: 1400, lcpMs: 1400 }, firstLoadJsGzip: 150_000 }] });
    expect(line(lines, '/ mobile FCP / naive')).toMatchObject({ value: '0.93× (1.40 s vs 1.50 s)', pass: false });
    expect(line(lines, '/ mobile LCP / naive')?.pass).toBe(true);
  });

  it('holds every route to the naive page, not just /', () => {
    const lines = checkBudgets({ ...base, routes: [...base.routes, { route: '/data', mobile: { ...fast, lcpMs: 2700 }, firstLoadJsGzip: 90_000 }] });
    expect(failed(lines)).toEqual(['/data mobile LCP / naive']);
  });

  it('fails, not skips, the paint ratios when ours was measured and the naive page was not', () => {
    const lines = checkBudgets({ ...base, naive: { firstLoadJsGzip: 400_000 } });
    expect(line(lines, '/ mobile LCP / naive')).toMatchObject({ value: '1.20 s; the naive page was not measured', pass: false });
    expect(line(lines, '/ mobile FCP / naive')?.pass).toBe(false);
  });

  it('fails / shipping more than half the naive page’s first-load JavaScript, passes it under half', () => {
    const heavy = checkBudgets({ ...base, routes: [{ route: '/', mobile: fast, firstLoadJsGzip: 240_000 }] });
    expect(line(heavy, '/ first-load JS (gzip) / naive')).toMatchObject({ value: '0.60× (234.4 KB vs 390.6 KB)', pass: false });
    const light = checkBudgets({ ...base, routes: [{ route: '/', mobile: fast, firstLoadJsGzip: 180_000 }] });
    expect(line(light, '/ first-load JS (gzip) / naive')?.pass).toBe(true);
  });

  it('holds the Russian and Chinese dashboards to the same first-load budget as the English one', () => {
    const lines = checkBudgets({
      ...base,
      routes: [
        { route: '/', mobile: fast, firstLoadJsGzip: 180_000 },
        { route: '/ru', mobile: fast, firstLoadJsGzip: 180_000 },
        { route: '/zh', mobile: fast, firstLoadJsGzip: 240_000 },
        { route: '/ru/charts/membership', mobile: fast, firstLoadJsGzip: 240_000 },
      ],
    });
    expect(line(lines, '/ru first-load JS (gzip) / naive')?.pass).toBe(true);
    expect(line(lines, '/zh first-load JS (gzip) / naive')).toMatchObject({ value: '0.60× (234.4 KB vs 390.6 KB)', pass: false });
    expect(line(lines, '/ru/charts/membership first-load JS (gzip) / naive')).toBeUndefined();
    expect(line(lines, '/zh mobile performance')?.pass).toBe(true);
  });

  it('fails, not passes, when no scripts were found in either page (the bench no longer reads them)', () => {
    for (const r of [{ ...base, naive: { mobile: naiveMobile, firstLoadJsGzip: 0 } }, { ...base, routes: [{ route: '/', mobile: fast, firstLoadJsGzip: 0 }] }]) {
      expect(line(checkBudgets(r), '/ first-load JS (gzip) / naive')).toMatchObject({ value: 'no scripts found in the pages', pass: false });
    }
  });

  it('fails the first-load ratio when the naive page was not built', () => {
    expect(line(checkBudgets({ ...base, naive: undefined }), '/ first-load JS (gzip) / naive')?.pass).toBe(false);
  });
});

describe('checkBudgets: absolute Lighthouse budgets', () => {
  it('fails a mobile score of 97, a TBT of 60 ms and a CLS of 0.02, whatever the naive page scores', () => {
    const lines = checkBudgets({ ...base, routes: [{ route: '/', mobile: { ...fast, score: 97, tbtMs: 60, cls: 0.02 }, firstLoadJsGzip: 150_000 }] });
    expect(failed(lines)).toEqual(['/ mobile performance', '/ mobile TBT', '/ mobile CLS']);
  });
});

describe('checkBudgets: the not-found page', () => {
  it('holds its CLS to the budget (a reader lands on it), and nothing else of it', () => {
    const slowShell: LighthouseMedian = { score: 80, fcpMs: 2000, lcpMs: 2000, tbtMs: 300, cls: 0.019 };
    const lines = checkBudgets({ ...base, notFound: { mobile: slowShell } });
    expect(failed(lines)).toEqual(['not-found page mobile CLS']);
    expect(line(lines, 'not-found page mobile CLS')?.value).toBe('0.019');
    expect(failed(checkBudgets({ ...base, notFound: { mobile: { ...slowShell, cls: 0.007 } } }))).toEqual([]);
  });
});

describe('checkBudgets: the year step', () => {
  const step = (r: Partial<BenchResult>) => checkBudgets({ ...base, ...r }).filter((l) => l.check.startsWith('year step'));

  it('prints ours beside the bare page, and fails more than 3 ms over it', () => {
    const [vsBare] = step({ yearStepP95Ms: 20.5, yearStepFloorP95Ms: 16.9, yearStepRunsP95Ms: [21.3, 20.5, 18.2] });
    expect(vsBare?.value).toBe('ours 20.5 ms vs bare page 16.9 ms (+3.6 ms); runs 21.3, 20.5, 18.2 ms');
    expect(vsBare?.pass).toBe(false);
  });

  it('judges against the bare page of the same run, not a fixed time: 19 ms passes on a machine whose floor is 17 ms', () => {
    expect(step({ yearStepP95Ms: 19, yearStepFloorP95Ms: 17 })[0]?.pass).toBe(true);
    expect(step({ yearStepP95Ms: 19, yearStepFloorP95Ms: 12 })[0]?.pass).toBe(false);
  });

  it('fails the page’s own main-thread work over 4 ms even when the total is close to the floor', () => {
    const [vsBare, busy] = step({ yearStepP95Ms: 17, yearStepFloorP95Ms: 16.7, yearStepBusyP95Ms: 5.3 });
    expect(vsBare?.pass).toBe(true);
    expect(busy).toMatchObject({ value: '5.3 ms', pass: false });
  });

  it('prints each traced run of the own work beside their median', () => {
    const [, busy] = step({ yearStepBusyP95Ms: 3.9, yearStepBusyRunsP95Ms: [7.0, 3.9, 3.8], yearStepFloorBusyP95Ms: 1.1 });
    expect(busy).toMatchObject({ value: '3.9 ms (bare page 1.1 ms); runs 7.0, 3.9, 3.8 ms', pass: true });
  });

  it('fails, not skips, when the page was measured but the bare page was not', () => {
    expect(step({ yearStepFloorP95Ms: undefined })[0]?.pass).toBe(false);
  });

  it('reports what was not measured without failing on it', () => {
    const lines = checkBudgets({ ...base, yearStepP95Ms: undefined, yearStepFloorP95Ms: undefined, yearStepBusyP95Ms: undefined, pngExportMs: undefined });
    expect(lines.filter((l) => l.pass === undefined).map((l) => l.check)).toHaveLength(3);
    expect(verdict(lines)).toBe('pass');
  });
});

describe('markdownTables', () => {
  const slowShell: LighthouseMedian = { score: 90, fcpMs: 800, lcpMs: 1200, tbtMs: 260, cls: 0 };
  const bench: BenchResult = { ...base, notFound: { mobile: slowShell } };
  const rows = markdownTables(bench, checkBudgets(bench)).split('\n');

  it('shows each route’s paint and JavaScript ratios to the naive page', () => {
    const home = rows.find((l) => l.startsWith('| / |'));
    expect(home).toContain('| 900 ms | 0.60× | 1200 ms | 0.40× |');
    expect(home).toMatch(/\| 146\.5 KB \| 0\.38× \|$/);
  });

  it('prints the naive page as its own row, the yardstick of the ratios', () => {
    const naiveRow = rows.find((l) => l.startsWith('| (naive baseline'));
    expect(naiveRow).toContain('| 62 | 1500 ms | 1.00× | 3000 ms | 1.00× | 900 ms |');
    expect(naiveRow).toMatch(/\| 390\.6 KB \| 1\.00× \|$/);
  });

  it('keeps the not-found page as a reference row: a slow shell alone does not fail the bench', () => {
    expect(rows.find((l) => l.startsWith('| (not-found page'))).toContain('| 90 | 800 ms | 0.53× | 1200 ms | 0.40× | 260 ms |');
    expect(verdict(checkBudgets(bench))).toBe('pass');
  });

  it('prints the bare document as the paints\' floor and says when it cannot meet a paint budget itself', () => {
    // As measured on 7 December: a document with text alone read FCP ~0.8× the naive page's.
    const bare: LighthouseMedian = { score: 100, fcpMs: 1290, lcpMs: 1290, tbtMs: 0, cls: 0 };
    const withBare: BenchResult = { ...bench, bare: { mobile: bare } };
    const out = markdownTables(withBare, checkBudgets(withBare));
    expect(out.split('\n').find((l) => l.startsWith('| (bare document'))).toContain('| 100 | 1290 ms | 0.86× | 1290 ms | 0.43× | 0 ms |');
    expect(out).toContain('reads FCP 0.86× the naive page\'s (over the 0.80× budget: no page can meet it in this run), LCP 0.43× (within the 0.80× budget)');
    expect(out).toContain('TBT 0 ms (within the 50 ms budget)');
    const noisy: BenchResult = { ...bench, bare: { mobile: { ...bare, tbtMs: 151 } } };
    expect(markdownTables(noisy, [])).toContain('TBT 151 ms (over the 50 ms budget with no script to run');
    // Reference only: it changes no verdict.
    expect(verdict(checkBudgets(withBare))).toBe('pass');
  });

  it('leaves the floor out when the bare document or the naive page was not measured', () => {
    expect(rows.some((l) => l.startsWith('| (bare document'))).toBe(false);
    expect(markdownTables({ ...bench, bare: { mobile: fast }, naive: { firstLoadJsGzip: 400_000 } }, [])).not.toContain('The bare document');
  });
});
