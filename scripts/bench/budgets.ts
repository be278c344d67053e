/**
 * The performance budgets of issue #3 and the arithmetic that checks them. Pure: the bench
 * collects numbers, this decides pass or fail, and the README table prints both.
 */
export const BUDGETS = {
  mobilePerformance: 95,
  tbtMs: 150,
  lcpMs: 2000,
  cls: 0.02,
  firstLoadRatio: 1.6,
  geometryGzipBytes: 80 * 1024,
  yearStepP95Ms: 16,
  pngExportMs: 500,
} as const;

export interface LighthouseMedian {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface RouteResult {
  route: string;
  mobile?: LighthouseMedian;
  desktop?: LighthouseMedian;
  firstLoadJsGzip: number;
}

export interface BenchResult {
  routes: RouteResult[];
  notFoundJsGzip: number;
  /**
   * Lighthouse of the same build's not-found page: the site's shell with no content, i.e. the floor
   * that React, Next's runtime and the shell cost on every page. Shown for reference, not a budget.
   */
  notFound?: { mobile?: LighthouseMedian; desktop?: LighthouseMedian };
  geometryGzipBytes?: number;
  /** p95 of 50 steps: the median of three runs (yearStepRunsP95Ms, each run's p95). */
  yearStepP95Ms?: number;
  yearStepRunsP95Ms?: number[];
  /** The same steps without the wait for the next frame: the page's own work. Shown, not budgeted. */
  yearStepBusyP95Ms?: number;
  /** The same measure on a bare page (a range input and one SVG shape, no framework): its floor. Shown, not budgeted. */
  yearStepFloorP95Ms?: number;
  pngExportMs?: number;
}

export interface BudgetLine {
  check: string;
  value: string;
  limit: string;
  /** undefined: not measured (the feature does not exist yet). */
  pass: boolean | undefined;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1] ?? Number.NaN;
}

const YEAR_STEP_CHECK = 'year step → map repaint, p95 of 50 (median of 3 runs)';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v: number) => `${Math.round(v)} ms`;

export function checkBudgets(r: BenchResult): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const route of r.routes) {
    const m = route.mobile;
    if (m) {
      lines.push({ check: `${route.route} mobile performance`, value: String(m.score), limit: `≥ ${BUDGETS.mobilePerformance}`, pass: m.score >= BUDGETS.mobilePerformance });
      lines.push({ check: `${route.route} mobile TBT`, value: ms(m.tbtMs), limit: `≤ ${BUDGETS.tbtMs} ms`, pass: m.tbtMs <= BUDGETS.tbtMs });
      lines.push({ check: `${route.route} mobile LCP`, value: ms(m.lcpMs), limit: `≤ ${BUDGETS.lcpMs} ms`, pass: m.lcpMs <= BUDGETS.lcpMs });
      lines.push({ check: `${route.route} mobile CLS`, value: m.cls.toFixed(3), limit: `≤ ${BUDGETS.cls}`, pass: m.cls <= BUDGETS.cls });
    }
  }
  const home = r.routes.find((x) => x.route === '/');
  if (home && (r.notFoundJsGzip === 0 || home.firstLoadJsGzip === 0)) {
    // No scripts found: the bench no longer reads the pages' markup, which is a failure, not a pass.
    lines.push({ check: '/ first-load JS vs not-found page', value: 'no scripts found in the pages', limit: `≤ ${BUDGETS.firstLoadRatio}×`, pass: false });
  } else if (home) {
    const ratio = home.firstLoadJsGzip / r.notFoundJsGzip;
    lines.push({
      check: '/ first-load JS vs not-found page',
      value: `${kb(home.firstLoadJsGzip)} / ${kb(r.notFoundJsGzip)} = ${ratio.toFixed(2)}×`,
      limit: `≤ ${BUDGETS.firstLoadRatio}×`,
      pass: ratio <= BUDGETS.firstLoadRatio,
    });
  }
  lines.push(
    r.geometryGzipBytes === undefined
      ? { check: 'map geometry (gzip)', value: 'not built', limit: `≤ ${kb(BUDGETS.geometryGzipBytes)}`, pass: undefined }
      : { check: 'map geometry (gzip)', value: kb(r.geometryGzipBytes), limit: `≤ ${kb(BUDGETS.geometryGzipBytes)}`, pass: r.geometryGzipBytes <= BUDGETS.geometryGzipBytes },
  );
  lines.push(
    r.yearStepP95Ms === undefined
      ? { check: YEAR_STEP_CHECK, value: 'not measured', limit: `≤ ${BUDGETS.yearStepP95Ms} ms`, pass: undefined }
      : {
          check: YEAR_STEP_CHECK,
          value: `${r.yearStepP95Ms.toFixed(1)} ms${yearStepNotes(r)}`,
          limit: `≤ ${BUDGETS.yearStepP95Ms} ms`,
          pass: r.yearStepP95Ms <= BUDGETS.yearStepP95Ms,
        },
  );
  lines.push(
    r.pngExportMs === undefined
      ? { check: '2× PNG export of the map', value: 'not measured', limit: `≤ ${BUDGETS.pngExportMs} ms`, pass: undefined }
      : { check: '2× PNG export of the map', value: ms(r.pngExportMs), limit: `≤ ${BUDGETS.pngExportMs} ms`, pass: r.pngExportMs <= BUDGETS.pngExportMs },
  );
  return lines;
}

/** What the year step's time is made of: the runs, the page's own work, and the floor of the same steps on a bare page. */
function yearStepNotes(r: BenchResult): string {
  const one = (v: number) => v.toFixed(1);
  const notes = [
    r.yearStepRunsP95Ms === undefined || r.yearStepRunsP95Ms.length < 2 ? '' : `runs ${r.yearStepRunsP95Ms.map(one).join(', ')} ms`,
    r.yearStepBusyP95Ms === undefined ? '' : `the page's own work: p95 ${one(r.yearStepBusyP95Ms)} ms; the rest is waiting for a frame`,
    r.yearStepFloorP95Ms === undefined ? '' : `the same steps on a bare page (a slider and one SVG shape, no framework): p95 ${one(r.yearStepFloorP95Ms)} ms`,
  ].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

export function verdict(lines: readonly BudgetLine[]): 'pass' | 'fail' {
  return lines.some((l) => l.pass === false) ? 'fail' : 'pass';
}

export function markdownTables(r: BenchResult, lines: readonly BudgetLine[]): string {
  const out: string[] = [];
  out.push('| route | mobile score | mobile LCP | mobile TBT | mobile CLS | desktop score | desktop LCP | desktop TBT | desktop CLS | first-load JS (gzip) | ratio to not-found |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|');
  const cell = (m: LighthouseMedian | undefined, k: keyof LighthouseMedian) =>
    m === undefined ? '–' : k === 'cls' ? m.cls.toFixed(3) : k === 'score' ? String(m.score) : ms(m[k]);
  for (const route of r.routes) {
    const ratio = r.notFoundJsGzip > 0 ? `${(route.firstLoadJsGzip / r.notFoundJsGzip).toFixed(2)}×` : '–';
    out.push(
      `| ${route.route} | ${cell(route.mobile, 'score')} | ${cell(route.mobile, 'lcpMs')} | ${cell(route.mobile, 'tbtMs')} | ${cell(route.mobile, 'cls')} | ${cell(route.desktop, 'score')} | ${cell(route.desktop, 'lcpMs')} | ${cell(route.desktop, 'tbtMs')} | ${cell(route.desktop, 'cls')} | ${kb(route.firstLoadJsGzip)} | ${ratio} |`,
    );
  }
  const nf = r.notFound;
  out.push(
    `| (not-found page: the floor) | ${cell(nf?.mobile, 'score')} | ${cell(nf?.mobile, 'lcpMs')} | ${cell(nf?.mobile, 'tbtMs')} | ${cell(nf?.mobile, 'cls')} | ${cell(nf?.desktop, 'score')} | ${cell(nf?.desktop, 'lcpMs')} | ${cell(nf?.desktop, 'tbtMs')} | ${cell(nf?.desktop, 'cls')} | ${kb(r.notFoundJsGzip)} | 1.00× |`,
  );
  out.push('');
  out.push('| budget | measured | limit | result |');
  out.push('|---|---|---|---|');
  for (const l of lines) out.push(`| ${l.check} | ${l.value} | ${l.limit} | ${l.pass === undefined ? 'not measured' : l.pass ? 'pass' : 'FAIL'} |`);
  return out.join('\n');
}
