/**
 * The performance budgets of issue #15 and the arithmetic that checks them. Pure: the bench
 * collects numbers, this decides pass or fail, and the README table prints both.
 *
 * The paint and size budgets are ratios to the naive baseline (bench/naive/: the same stack built
 * the obvious way, measured in the same run), so they compare like with like on any machine.
 */
export const BUDGETS = {
  mobilePerformance: 98,
  tbtMs: 50,
  cls: 0.01,
  /** Mobile LCP and FCP of every route ≤ this × the naive page's. */
  paintVsNaive: 0.8,
  /** First-load JS (gzip) of `/` (and of `/ru`, `/zh`) ≤ this × the naive page's. */
  firstLoadVsNaive: 0.5,
  geometryGzipBytes: 80 * 1024,
  /** The year step's p95 ≤ the bare page's p95 + this. */
  yearStepOverBareMs: 3,
  /** The page's own main-thread work per year step, p95. */
  yearStepBusyP95Ms: 4,
  pngExportMs: 500,
} as const;

/** The dashboard in each language (routes as the bench names them: no trailing slash). */
export const HOME_ROUTES: readonly string[] = ['/', '/ru', '/zh'];

export interface LighthouseMedian {
  score: number;
  fcpMs: number;
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

/** A page measured only for reference or comparison: Lighthouse of both presets and its first-load JS. */
export interface ReferencePage {
  mobile?: LighthouseMedian;
  desktop?: LighthouseMedian;
}

export interface BenchResult {
  routes: RouteResult[];
  notFoundJsGzip: number;
  /**
   * Lighthouse of the same build's not-found page: the site's shell with no content, i.e. the floor
   * that React, Next's runtime and the shell cost on every page. Shown for reference; its CLS alone
   * is held to the budget (a reader lands on it like on any page).
   */
  notFound?: ReferencePage;
  /** The naive baseline's `/` (bench/naive/), built and measured in the same run: the budgets' yardstick. */
  naive?: ReferencePage & { firstLoadJsGzip: number };
  /**
   * A document with text and nothing else (bench/bare/), measured in the same run: the floor of the
   * paint lines. Shown for reference, with its ratios to the naive page; held to no budget.
   */
  bare?: ReferencePage;
  geometryGzipBytes?: number;
  /** p95 of 50 steps: the median of three runs (yearStepRunsP95Ms, each run's p95). */
  yearStepP95Ms?: number;
  yearStepRunsP95Ms?: number[];
  /** The page's own main-thread work per step (script + style + layout, traced), p95 of 50 steps: the median of three traced runs. */
  yearStepBusyP95Ms?: number;
  yearStepBusyRunsP95Ms?: number[];
  /** The same measure on a bare page (a range input and one SVG shape, no framework): its floor. */
  yearStepFloorP95Ms?: number;
  /** The bare page's own work per step, measured as yearStepBusyP95Ms: for reference. */
  yearStepFloorBusyP95Ms?: number;
  pngExportMs?: number;
}

export interface BudgetLine {
  check: string;
  value: string;
  limit: string;
  /** undefined: not measured (the feature does not exist yet). */
  pass: boolean | undefined;
}

/** The median of the finite values (a failed run's NaN is left out); NaN when there is none. */
export function median(values: readonly number[]): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
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

const YEAR_STEP_CHECK = 'year step → map repaint, p95 of 50 (median of 3 runs), vs the bare page';
const YEAR_STEP_BUSY_CHECK = "year step: the page's own main-thread work (script + style + layout, traced), p95 of 50 (median of 3 runs)";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v: number) => `${Math.round(v)} ms`;
const seconds = (v: number) => `${(v / 1000).toFixed(2)} s`;
const times = (v: number) => `${v.toFixed(2)}×`;
const one = (v: number) => v.toFixed(1);

/** ours / theirs, or undefined when the yardstick is missing, zero or not a number (no ratio can be trusted). */
function ratio(ours: number, theirs: number | undefined): number | undefined {
  return theirs === undefined || !Number.isFinite(theirs) || theirs <= 0 || !Number.isFinite(ours) ? undefined : ours / theirs;
}

/** A "≤ limit × naive" line. Ours measured but no usable naive number is a broken bench: it fails, it does not skip. */
function ratioLine(check: string, ours: number, naive: number | undefined, limit: number, show: (v: number) => string): BudgetLine {
  const r = ratio(ours, naive);
  const limitText = `≤ ${limit.toFixed(2)}× naive`;
  if (r === undefined) return { check, value: `${show(ours)}; the naive page was not measured`, limit: limitText, pass: false };
  return { check, value: `${times(r)} (${show(ours)} vs ${show(naive ?? Number.NaN)})`, limit: limitText, pass: r <= limit };
}

export function checkBudgets(r: BenchResult): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const naiveMobile = r.naive?.mobile;
  for (const route of r.routes) {
    const m = route.mobile;
    if (!m) continue;
    lines.push({ check: `${route.route} mobile performance`, value: String(m.score), limit: `≥ ${BUDGETS.mobilePerformance}`, pass: m.score >= BUDGETS.mobilePerformance });
    lines.push(ratioLine(`${route.route} mobile LCP / naive`, m.lcpMs, naiveMobile?.lcpMs, BUDGETS.paintVsNaive, seconds));
    lines.push(ratioLine(`${route.route} mobile FCP / naive`, m.fcpMs, naiveMobile?.fcpMs, BUDGETS.paintVsNaive, seconds));
    lines.push({ check: `${route.route} mobile TBT`, value: ms(m.tbtMs), limit: `≤ ${BUDGETS.tbtMs} ms`, pass: m.tbtMs <= BUDGETS.tbtMs });
    lines.push({ check: `${route.route} mobile CLS`, value: m.cls.toFixed(3), limit: `≤ ${BUDGETS.cls}`, pass: m.cls <= BUDGETS.cls });
  }
  // A reader can land on the not-found page too: it is the floor of the paint and script lines, not of CLS.
  const notFound = r.notFound?.mobile;
  if (notFound) lines.push({ check: 'not-found page mobile CLS', value: notFound.cls.toFixed(3), limit: `≤ ${BUDGETS.cls}`, pass: notFound.cls <= BUDGETS.cls });
  // The dashboard in each language: the same budget (issue #18: the budgets hold for /ru/ and /zh/ too).
  for (const home of r.routes.filter((x) => HOME_ROUTES.includes(x.route))) {
    const check = `${home.route} first-load JS (gzip) / naive`;
    const limit = `≤ ${BUDGETS.firstLoadVsNaive.toFixed(2)}× naive`;
    if (home.firstLoadJsGzip === 0 || r.naive?.firstLoadJsGzip === 0) {
      // No scripts found: the bench no longer reads the pages' markup, which is a failure, not a pass.
      lines.push({ check, value: 'no scripts found in the pages', limit, pass: false });
    } else {
      lines.push(ratioLine(check, home.firstLoadJsGzip, r.naive?.firstLoadJsGzip, BUDGETS.firstLoadVsNaive, kb));
    }
  }
  lines.push(
    r.geometryGzipBytes === undefined
      ? { check: 'map geometry (gzip)', value: 'not built', limit: `≤ ${kb(BUDGETS.geometryGzipBytes)}`, pass: undefined }
      : { check: 'map geometry (gzip)', value: kb(r.geometryGzipBytes), limit: `≤ ${kb(BUDGETS.geometryGzipBytes)}`, pass: r.geometryGzipBytes <= BUDGETS.geometryGzipBytes },
  );
  lines.push(...yearStepLines(r));
  lines.push(
    r.pngExportMs === undefined
      ? { check: '2× PNG export of the map', value: 'not measured', limit: `≤ ${BUDGETS.pngExportMs} ms`, pass: undefined }
      : { check: '2× PNG export of the map', value: ms(r.pngExportMs), limit: `≤ ${BUDGETS.pngExportMs} ms`, pass: r.pngExportMs <= BUDGETS.pngExportMs },
  );
  return lines;
}

/**
 * The year step, twice: key press → painted frame against the same loop on a bare page (the
 * browser's own floor on this machine), and the page's own main-thread work per step.
 */
function yearStepLines(r: BenchResult): BudgetLine[] {
  const overLimit = `≤ bare page + ${BUDGETS.yearStepOverBareMs} ms`;
  const busyLimit = `≤ ${BUDGETS.yearStepBusyP95Ms} ms`;
  if (r.yearStepP95Ms === undefined) {
    return [
      { check: YEAR_STEP_CHECK, value: 'not measured', limit: overLimit, pass: undefined },
      { check: YEAR_STEP_BUSY_CHECK, value: 'not measured', limit: busyLimit, pass: undefined },
    ];
  }
  const runs = r.yearStepRunsP95Ms === undefined || r.yearStepRunsP95Ms.length < 2 ? '' : `; runs ${r.yearStepRunsP95Ms.map(one).join(', ')} ms`;
  const busyRuns = r.yearStepBusyRunsP95Ms === undefined || r.yearStepBusyRunsP95Ms.length < 2 ? '' : `; runs ${r.yearStepBusyRunsP95Ms.map(one).join(', ')} ms`;
  const floor = r.yearStepFloorP95Ms;
  const step: BudgetLine =
    floor === undefined
      ? // The bare page runs whenever ours does: without it the budget cannot be judged, and the bench is broken.
        { check: YEAR_STEP_CHECK, value: `ours ${one(r.yearStepP95Ms)} ms; the bare page was not measured${runs}`, limit: overLimit, pass: false }
      : {
          check: YEAR_STEP_CHECK,
          value: `ours ${one(r.yearStepP95Ms)} ms vs bare page ${one(floor)} ms (${r.yearStepP95Ms >= floor ? '+' : '−'}${one(Math.abs(r.yearStepP95Ms - floor))} ms)${runs}`,
          limit: overLimit,
          pass: r.yearStepP95Ms <= floor + BUDGETS.yearStepOverBareMs,
        };
  const busy: BudgetLine =
    r.yearStepBusyP95Ms === undefined
      ? { check: YEAR_STEP_BUSY_CHECK, value: 'not measured', limit: busyLimit, pass: false }
      : {
          check: YEAR_STEP_BUSY_CHECK,
          value: `${one(r.yearStepBusyP95Ms)} ms${r.yearStepFloorBusyP95Ms === undefined ? '' : ` (bare page ${one(r.yearStepFloorBusyP95Ms)} ms)`}${busyRuns}`,
          limit: busyLimit,
          pass: r.yearStepBusyP95Ms <= BUDGETS.yearStepBusyP95Ms,
        };
  return [step, busy];
}

export function verdict(lines: readonly BudgetLine[]): 'pass' | 'fail' {
  return lines.some((l) => l.pass === false) ? 'fail' : 'pass';
}

type Metric = keyof LighthouseMedian;

function cell(m: LighthouseMedian | undefined, k: Metric): string {
  if (m === undefined) return '–';
  if (k === 'cls') return m.cls.toFixed(3);
  if (k === 'score') return String(m.score);
  return ms(m[k]);
}

function ratioCell(ours: number | undefined, naive: number | undefined): string {
  const r = ours === undefined ? undefined : ratio(ours, naive);
  return r === undefined ? '–' : times(r);
}

/** One row: Lighthouse of both presets, mobile paint ratios and first-load JS against the naive page. */
function row(label: string, page: ReferencePage, jsGzip: number | undefined, naive: BenchResult['naive']): string {
  const m = page.mobile;
  const d = page.desktop;
  const cells = [
    label,
    cell(m, 'score'),
    cell(m, 'fcpMs'),
    ratioCell(m?.fcpMs, naive?.mobile?.fcpMs),
    cell(m, 'lcpMs'),
    ratioCell(m?.lcpMs, naive?.mobile?.lcpMs),
    cell(m, 'tbtMs'),
    cell(m, 'cls'),
    cell(d, 'score'),
    cell(d, 'fcpMs'),
    cell(d, 'lcpMs'),
    cell(d, 'tbtMs'),
    cell(d, 'cls'),
    jsGzip === undefined ? '–' : kb(jsGzip),
    ratioCell(jsGzip, naive?.firstLoadJsGzip),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * What the bare document read against the naive page, when both were measured: a paint ratio it
 * does not meet itself is a budget no page can meet in this run, and a TBT over the budget on a
 * page with no script is the machine's noise.
 */
export function bareFloorNote(r: BenchResult): string | undefined {
  const fcp = ratio(r.bare?.mobile?.fcpMs ?? Number.NaN, r.naive?.mobile?.fcpMs);
  const lcp = ratio(r.bare?.mobile?.lcpMs ?? Number.NaN, r.naive?.mobile?.lcpMs);
  if (fcp === undefined || lcp === undefined) return undefined;
  const limit = BUDGETS.paintVsNaive;
  const judge = (v: number) => (v <= limit ? `within the ${limit.toFixed(2)}× budget` : `over the ${limit.toFixed(2)}× budget: no page can meet it in this run`);
  const tbt = r.bare?.mobile?.tbtMs ?? Number.NaN;
  const tbtText = !Number.isFinite(tbt)
    ? ''
    : `, and TBT ${ms(tbt)} (${tbt <= BUDGETS.tbtMs ? `within the ${BUDGETS.tbtMs} ms budget` : `over the ${BUDGETS.tbtMs} ms budget with no script to run: the machine's own noise in this run`})`;
  return `The bare document (text and nothing else) reads FCP ${times(fcp)} the naive page's (${judge(fcp)}), LCP ${times(lcp)} (${judge(lcp)})${tbtText}.`;
}

export function markdownTables(r: BenchResult, lines: readonly BudgetLine[]): string {
  const out: string[] = [];
  out.push(
    '| page | mobile score | mobile FCP | FCP / naive | mobile LCP | LCP / naive | mobile TBT | mobile CLS | desktop score | desktop FCP | desktop LCP | desktop TBT | desktop CLS | first-load JS (gzip) | JS / naive |',
  );
  out.push(`|${'---|'.repeat(15)}`);
  for (const route of r.routes) out.push(row(route.route, route, route.firstLoadJsGzip, r.naive));
  out.push(row('(not-found page: the floor)', r.notFound ?? {}, r.notFoundJsGzip, r.naive));
  out.push(row('(naive baseline: bench/naive/ `/`)', r.naive ?? {}, r.naive?.firstLoadJsGzip, r.naive));
  if (r.bare) out.push(row('(bare document: bench/bare/, the paints\' floor)', r.bare, undefined, r.naive));
  const floor = bareFloorNote(r);
  if (floor) out.push('', floor);
  out.push('');
  out.push('| budget | measured | limit | result |');
  out.push('|---|---|---|---|');
  for (const l of lines) out.push(`| ${l.check} | ${l.value} | ${l.limit} | ${l.pass === undefined ? 'not measured' : l.pass ? 'pass' : 'FAIL'} |`);
  return out.join('\n');
}
