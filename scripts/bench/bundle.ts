/** First-load JavaScript of a prerendered page: every script the HTML loads, gzipped. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOADER_ID } from '../lib/paintFirst';

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Script URLs a modern browser loads for a page under /_next/: script src (minus nomodule),
 * modulepreload links, and the scripts the paint-first loader appends after the first paint
 * (its `data-scripts`, scripts/lib/paintFirst.ts).
 */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  const loader = new RegExp(`<script id="${LOADER_ID}" data-scripts="([^"]*)"`).exec(html)?.[1];
  for (const src of loader?.split(' ') ?? []) if (src) urls.add(src);
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    // Modern browsers skip nomodule scripts (legacy polyfills): they are not first-load JS.
    if (src && !/\bnomodule\b/i.test(attrs)) urls.add(src);
  }
  for (const m of html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*href="([^"]+\.js)"/g)) if (m[1]) urls.add(m[1]);
  return [...urls].filter((u) => u.startsWith('/_next/'));
}

/** The page's React data file, which the paint-first loader fetches (`data-page`, scripts/lib/pageData.ts). */
export function loaderPageData(html: string): string | null {
  return new RegExp(`<script id="${LOADER_ID}"[^>]*\\sdata-page="([^"]+)"`).exec(html)?.[1] ?? null;
}

export function firstLoadJsGzip(outDir: string, htmlFile: string): number {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  let total = 0;
  for (const url of scriptUrls(html)) {
    const file = join(outDir, decodeURIComponent(url.split('?')[0] ?? url));
    if (existsSync(file)) total += gzipSize(file);
  }
  return total;
}

/** Every prerendered route in out/ ('/', '/data', '/charts/membership', …). */
export function prerenderedRoutes(outDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (entry === '_next') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === 'index.html') {
        const rel = relative(outDir, dir).split('\\').join('/');
        routes.push(rel === '' ? '/' : `/${rel}`);
      }
    }
  };
  walk(outDir);
  // The not-found page is the baseline, not a route of the table.
  return routes.filter((r) => r !== '/404' && !r.startsWith('/_')).sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
}

export function htmlFileFor(route: string): string {
  return route === '/' ? 'index.html' : `${route.slice(1)}/index.html`;
}
