/**
 * "Download PowerPoint" timed in the browser, on the built site: /present with the default deck,
 * from the click to the file, the figures' capture included (each figure slide's embed loaded in
 * a hidden frame and rendered by the export), and the longest task meanwhile (Long Tasks API: the
 * hidden frames run in the deck's thread, so their tasks count). scripts/bench/pptx.ts times the
 * file's assembly alone, in Node. A number, not a budget.
 *
 * `npm run bench` prints it; alone, against a server of out/ (e.g. `npx serve out -l 3000`):
 * `BENCH_BASE=http://127.0.0.1:3000 npx tsx scripts/bench/pptxBrowser.ts`.
 */
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from '../lib/browser';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PptxBrowserBench {
  ms: number;
  /** The status line at the end ("Downloaded sco-briefing-… (16 slides)"). */
  outcome: string;
  bytes: number;
  longestTaskMs: number;
}

const OBSERVE_LONG_TASKS = `window.__longest = 0; new PerformanceObserver(function (list) {
  for (var e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
}).observe({ type: 'longtask' });`;

export async function benchPptxBrowser(chromePath: string, baseUrl: string): Promise<PptxBrowserBench> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await page.goto(`${baseUrl}/present/`, { waitUntil: 'networkidle' });
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.evaluate(OBSERVE_LONG_TASKS);
    const button = page.getByRole('button', { name: 'Download PowerPoint' });
    const start = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), button.click()]);
    const ms = Date.now() - start;
    const path = await download.path();
    const outcome = (await page.locator('[data-pptx-slot] [role="status"]').textContent()) ?? '';
    const longest: unknown = await page.evaluate(() => Reflect.get(window, '__longest'));
    return { ms, outcome, bytes: statSync(path).size, longestTaskMs: typeof longest === 'number' ? longest : Number.NaN };
  } finally {
    await browser.close();
  }
}

export function pptxBrowserLine(r: PptxBrowserBench): string {
  return `PowerPoint in the browser, default deck, figures captured (click → file, ${(r.bytes / 1e6).toFixed(1)} MB): ${(r.ms / 1000).toFixed(1)} s; longest task ${Math.round(r.longestTaskMs)} ms (${r.outcome})`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const chrome = findChromium();
  if (!chrome) throw new Error('no Chromium');
  benchPptxBrowser(chrome, process.env.BENCH_BASE ?? 'http://127.0.0.1:3000')
    .then((r) => console.log(pptxBrowserLine(r)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
