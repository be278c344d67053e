/**
 * In-browser timings: the year slider's step → map repaint (p95 over 50 steps) and a 2× PNG
 * export of the map (median of three, like the Lighthouse runs; the first export of a page also
 * fetches the fonts, which the bench's earlier year steps have already prefetched). Each returns
 * undefined when the page has no such control yet.
 */
import { chromium, type Page } from '@playwright/test';
import { median, percentile } from './budgets';

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
        setTimeout(function () { var end = performance.now(); resolve([end - start, committed - start + (end - frame)]); }, 0);
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
 * The floor of that measure: a key press that changes nothing, from keydown to the first frame
 * painted after it (rAF, then a task). Even a page that does no work waits for the display's next
 * frame, so this is what the year step's time cannot go below.
 */
const ARM_IDLE_KEY = `function () {
  window.__idleKey = new Promise(function (resolve) {
    document.addEventListener('keydown', function () {
      var start = performance.now();
      requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now() - start); }, 0); });
    }, { capture: true, once: true });
  });
}`;

async function idleKeySamples(page: Page, presses: number): Promise<number[]> {
  await page.locator('body').focus();
  const samples: number[] = [];
  for (let i = 0; i < presses; i++) {
    await page.evaluate(`(${ARM_IDLE_KEY})()`);
    await page.keyboard.press('Shift');
    samples.push(Number(await page.evaluate('window.__idleKey')));
  }
  return samples;
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

export async function measureInteractions(chromePath: string, baseUrl: string): Promise<{ yearStepP95Ms?: number; yearStepBusyP95Ms?: number; yearStepFloorP95Ms?: number; pngExportMs?: number }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/?year=1996`, { waitUntil: 'networkidle' });
    const samples = await yearStepSamples(page, 50);
    const floor = samples && (await idleKeySamples(page, 50));
    const png = await pngExportMs(page);
    return {
      yearStepP95Ms: samples && percentile(samples.total, 95),
      yearStepBusyP95Ms: samples && percentile(samples.busy, 95),
      yearStepFloorP95Ms: floor && percentile(floor, 95),
      pngExportMs: png,
    };
  } finally {
    await browser.close();
  }
}
