/**
 * Exporting as a briefer does, and reading what lands on disk: the Export menu's items chosen and
 * the file downloaded (with the time it took), a PNG's size and whether it is blank, the exporter's
 * own step timings, and an SVG parsed in the page. Shared by the export specs (e2e/export*.spec.ts).
 */
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { expect, type Page } from './test';

/** The chart and the map view the export specs export. */
export const CHART_PAGE = '/charts/terrorism-2020/';
export const MAP_PAGE = '/?year=2017';

export interface Downloaded {
  name: string;
  bytes: Buffer;
  /** From choosing the item to the file being on disk. */
  ms: number;
}

/** Opens the Export menu and chooses an item; resolves when the file is downloaded. */
export async function exportVia(page: Page, button: string, item: RegExp): Promise<Downloaded> {
  await page.getByRole('button', { name: button }).click();
  const menuItem = page.getByRole('menuitem', { name: item });
  await expect(menuItem).toBeVisible();
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), menuItem.click()]);
  const path = await download.path();
  const ms = Date.now() - start;
  return { name: download.suggestedFilename(), bytes: await readFile(path), ms };
}

export interface PngStats {
  width: number;
  height: number;
  /** Variance of luminance over the image (0 for a flat image). */
  variance: number;
  /** Distinct colours among sampled pixels. */
  colours: number;
}

export function pngStats(bytes: Buffer): PngStats {
  const png = PNG.sync.read(bytes);
  const step = Math.max(1, Math.floor((png.width * png.height) / 200_000));
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  const colours = new Set<number>();
  for (let i = 0; i < png.width * png.height; i += step) {
    const o = i * 4;
    const r = png.data[o] ?? 0;
    const g = png.data[o + 1] ?? 0;
    const b = png.data[o + 2] ?? 0;
    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += lum;
    sumSq += lum * lum;
    n++;
    colours.add((r << 16) | (g << 8) | b);
  }
  const mean = sum / n;
  return { width: png.width, height: png.height, variance: sumSq / n - mean * mean, colours: colours.size };
}

export function expectNotBlank(stats: PngStats): void {
  expect(stats.variance, 'the image has contrast').toBeGreaterThan(100);
  expect(stats.colours, 'the image has more than a background and one colour').toBeGreaterThan(20);
}

/** The exporter's own step timings (User Timing measures `sco-export:*`), latest of each. */
export async function exportSteps(page: Page): Promise<string> {
  return page.evaluate(() => {
    const last = new Map<string, number>();
    for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('sco-export:')) last.set(m.name.slice(11), m.duration);
    performance.clearMeasures();
    return [...last].map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(', ');
  });
}

/** Parses an SVG in the page: its root, <title>, <desc>, and any XML error. */
export async function readSvg(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      title: root.querySelector(':scope > title')?.textContent ?? '',
      desc: root.querySelector(':scope > desc')?.textContent ?? '',
      texts: root.querySelectorAll('text').length,
      /** Words drawn as outlines: frame lines (labelled paths) and plot labels (labelled groups of paths). */
      outlines: root.querySelectorAll('path[aria-label], g[aria-label]:has(> path)').length,
      width: Number(root.getAttribute('width')),
    };
  }, svg);
}
