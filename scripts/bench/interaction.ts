/**
 * In-browser timings: the year slider's step → map repaint (p95 over 50 steps, the median of three
 * runs, beside the same steps on a bare page: the floor), the page's own work per step (script +
 * style + layout, p95 over 50 traced steps, the median of three more runs: stepTrace.ts) and a 2× PNG
 * export of the map (median of three, like the Lighthouse runs; the first export of a page also
 * fetches the fonts, which the bench's earlier year steps have already prefetched). Each returns
 * undefined when the page has no such control yet.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { median, percentile, type BenchResult } from './budgets';
import { ownWorkPerStep, type TraceEvent } from './stepTrace';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Arms one measurement before the key press: the keydown's time, and an observer that notes the
 * first frame after the map shows another year (rAF, then a task, so the frame has been painted).
 * `window.__yearStep` resolves with the ms between them, and the part of it the page was busy
 * (key → React's commit, plus the frame's own work from rAF to after paint; the rest is the wait
 * for the next frame). Both ends are taken in the page, so the DevTools round trips of the key
 * press and of reading the result are not counted (measuring the end only once the result was
 * asked for added them: about 20 ms on a page that does nothing).
 */
const ARM_STEP = `function (prev) {
  window.__yearStep = new Promise(function (resolve, reject) {
    var start, committed;
    document.addEventListener('keydown', function () { start = performance.now(); }, { capture: true, once: true });
    function shown() {
      var svg = document.querySelector('svg[data-map-year]');
      return svg !== null && svg.getAttribute('data-map-year') !== prev;
    }
    var obs = new MutationObserver(function () {
      if (!shown()) return;
      obs.disconnect();
      committed = performance.now();
      requestAnimationFrame(function () {
        var frame = performance.now();
        setTimeout(function () { var end = performance.now(); performance.mark('year-step-end'); resolve([end - start, committed - start + (end - frame)]); }, 0);
      });
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-year'] });
    setTimeout(function () { obs.disconnect(); reject(new Error('no repaint within 5 s')); }, 5000);
  });
}`;

interface StepSamples {
  /** Key press → first frame painted after the map shows the new year. */
  total: number[];
  /** The part of it the page was working (without the wait for the next frame). */
  busy: number[];
}

/** Time from a key press on the year slider to the first frame after the map shows the new year. */
async function yearStepSamples(page: Page, steps: number): Promise<StepSamples | undefined> {
  const map = page.locator('svg[data-map-year]');
  try {
    await map.first().waitFor({ timeout: 20_000 });
  } catch {
    return undefined;
  }
  const slider = page.getByRole('slider').first();
  if ((await slider.count()) === 0) return undefined;
  await slider.focus();
  await page.keyboard.press('Home');
  const samples: StepSamples = { total: [], busy: [] };
  let direction: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight';
  for (let i = 0; i < steps; i++) {
    const before = await map.first().getAttribute('data-map-year');
    // In-page code goes as source text: tsx would wrap named functions in its `__name` helper,
    // which does not exist in the page.
    await page.evaluate(`(${ARM_STEP})(${JSON.stringify(before)})`);
    await page.keyboard.press(direction);
    const [total, busy] = (await page.evaluate('window.__yearStep')) as [number, number];
    samples.total.push(total);
    samples.busy.push(busy);
    const after = await map.first().getAttribute('data-map-year');
    if (after === before) direction = direction === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    const max = await slider.getAttribute('aria-valuemax');
    const min = await slider.getAttribute('aria-valuemin');
    if (after === max) direction = 'ArrowLeft';
    if (after === min) direction = 'ArrowRight';
  }
  return samples;
}

/**
 * The floor of that measure: the very same 50 steps (same loop, same in-page ends) on a bare
 * page: a native range input whose `input` listener sets `data-map-year` on an SVG and moves one
 * shape. No framework, no map, nothing else on the page; what it measures is the frame scheduling
 * and input round trip of this browser on this machine, which no page can go below.
 */
const BARE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body>
<input type="range" aria-label="Year" min="1996" max="2026" value="1996" aria-valuemin="1996" aria-valuemax="2026">
<svg data-map-year="1996" width="400" height="300" viewBox="0 0 400 300"><rect width="400" height="300" fill="#dde8f1"/><circle cx="40" cy="150" r="30" fill="#1b6ca8"/></svg>
<script>
var input = document.querySelector('input'), svg = document.querySelector('svg'), dot = document.querySelector('circle');
input.addEventListener('input', function () { svg.setAttribute('data-map-year', input.value); dot.setAttribute('cx', String(40 + (Number(input.value) - 1996) * 10)); });
</script></body></html>`;

/** Runs of 50 steps; each reading is the median of the runs' p95s, as Lighthouse's is of its runs. */
const STEP_RUNS = 3;
const STEPS = 50;

interface StepReading {
  /** Median over the runs of each run's p95. */
  p95: number;
  /** Each run's p95, in run order. */
  runs: number[];
  /** Median over three traced runs of each run's p95 of the own work (script + style + layout) per step. */
  ownP95: number | undefined;
  /** Each traced run's p95 of the own work, in run order. */
  ownRuns: number[];
}

/** A run of the same steps under a trace: the own work per step (stepTrace.ts). */
async function tracedOwnWork(browser: Browser, page: Page): Promise<number[] | undefined> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  let samples: StepSamples | undefined;
  try {
    samples = await yearStepSamples(page, STEPS);
  } finally {
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] };
    if (samples) return ownWorkPerStep(trace.traceEvents ?? []);
  }
  return undefined;
}

async function yearStepReading(browser: Browser, page: Page): Promise<StepReading | undefined> {
  const runs: number[] = [];
  for (let i = 0; i < STEP_RUNS; i++) {
    const samples = await yearStepSamples(page, STEPS);
    if (!samples) return undefined;
    runs.push(percentile(samples.total, 95));
  }
  // The own work is as noisy as the total on this machine (one traced run read 3.8 and 7.0 ms on
  // the same build): the median of three runs' p95s, as for the total and Lighthouse.
  const ownRuns: number[] = [];
  for (let i = 0; i < STEP_RUNS; i++) {
    const own = await tracedOwnWork(browser, page);
    if (own && own.length > 0) ownRuns.push(percentile(own, 95));
  }
  return { p95: median(runs), runs, ownP95: ownRuns.length > 0 ? median(ownRuns) : undefined, ownRuns };
}

const PNG_EXPORTS = 3;

async function pngExportOnceMs(page: Page): Promise<number | undefined> {
  const exportButton = page.getByRole('button', { name: /export map/i }).first();
  if ((await exportButton.count()) === 0) return undefined;
  await exportButton.click();
  const item = page.getByRole('menuitem', { name: /PNG.*2×/i }).first();
  if ((await item.count()) === 0) return undefined;
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  await download.path();
  return Date.now() - start;
}

async function pngExportMs(page: Page): Promise<number | undefined> {
  const samples: number[] = [];
  for (let i = 0; i < PNG_EXPORTS; i++) {
    const ms = await pngExportOnceMs(page);
    if (ms === undefined) return undefined;
    samples.push(ms);
  }
  return median(samples);
}

/** The bench result's in-browser part (its fields are documented on BenchResult). */
export type InteractionResult = Pick<BenchResult, 'yearStepP95Ms' | 'yearStepRunsP95Ms' | 'yearStepBusyP95Ms' | 'yearStepBusyRunsP95Ms' | 'yearStepFloorP95Ms' | 'yearStepFloorBusyP95Ms' | 'pngExportMs'>;

export async function measureInteractions(chromePath: string, baseUrl: string): Promise<InteractionResult> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/?year=1996`, { waitUntil: 'networkidle' });
    const step = await yearStepReading(browser, page);
    const png = await pngExportMs(page);
    let floor: StepReading | undefined;
    if (step) {
      // From about:blank: set into the site's page, the bare page would keep the site's hash-based
      // Content-Security-Policy, which refuses its inline script (the step then never repaints).
      await page.goto('about:blank');
      await page.setContent(BARE_PAGE);
      floor = await yearStepReading(browser, page);
    }
    return {
      yearStepP95Ms: step?.p95,
      yearStepRunsP95Ms: step?.runs,
      yearStepBusyP95Ms: step?.ownP95,
      yearStepBusyRunsP95Ms: step?.ownRuns,
      yearStepFloorP95Ms: floor?.p95,
      yearStepFloorBusyP95Ms: floor?.ownP95,
      pngExportMs: png,
    };
  } finally {
    await browser.close();
  }
}
