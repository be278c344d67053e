/**
 * `npm run bench`: builds the site and the naive baseline (bench/naive/: the same stack built the
 * obvious way), serves both, and prints the performance table with a pass/fail line per budget
 * (scripts/bench/budgets.ts), most of them ratios ours / naive. Numbers only: no test asserts on
 * timings. The naive page is served on BENCH_PORT + 1 and measured in the same Lighthouse run, and
 * so is a bare document (bench/bare/: text and nothing else, on BENCH_PORT + 2), the paints' floor.
 *
 * Last, a load test of the same server (bench/load.ts: autocannon, 50 connections, 20 s).
 *
 * Options (environment): BENCH_RUNS (Lighthouse runs per route and preset, default 3),
 * BENCH_ROUTES (comma-separated routes, default every prerendered page), BENCH_SKIP_LIGHTHOUSE=1,
 * BENCH_ONLY=load (the load test alone: no naive build, no browser).
 * BENCH_ONLY=interaction (only the in-browser timings: the year step beside the bare page and the
 * PNG export; no naive build, Lighthouse or PowerPoint, and bench-results/ is left alone).
 * BENCH_ONLY=languages (no browser, no server: each page's first-load JS and HTML in the three
 * languages and whether English pages' scripts carry the other languages; bench-results/ left alone).
 *
 * Languages (issue #18): a BENCH_ROUTES list gains /ru, /zh and its first chart page in Russian and
 * Chinese (the default, every page, has them), held to the same budgets; the languages table and its
 * lines (scripts/bench/languages.ts) show that English pages do not grow with the languages.
 * Writes bench-results/latest.md and latest.json (bench-results/load.md and load.json for BENCH_ONLY=load).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudgets, markdownTables, verdict, type BenchResult, type ReferencePage, type RouteResult } from './bench/budgets';
import { firstLoadJsGzip, gzipSize, htmlFileFor, prerenderedRoutes } from './bench/bundle';
import { measureInteractions } from './bench/interaction';
import { runLighthouse } from './bench/lighthouse';
import { largestFile, loadLines, runLoad, type LoadResult } from './bench/load';
import { benchPptx, pptxLine } from './bench/pptx';
import { benchPptxBrowser, pptxBrowserLine } from './bench/pptxBrowser';
import { ensureNaiveBuild, NAIVE_OUT } from './bench/naive';
import { LANGUAGES_NOTE, languageFragments, languageLines, languageRow, languageTable, withLanguageRoutes, type Catalogue, type LanguageRow } from './bench/languages';
import { en } from '../locales/en';
import { ru } from '../locales/ru';
import { zh } from '../locales/zh';
import { findChromium, NO_BROWSER_MESSAGE } from './lib/browser';
import { ensureBuild, ROOT } from './lib/build';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = join(ROOT, 'out');
const NAIVE_PORT = PORT + 1;
const NAIVE_BASE = `http://127.0.0.1:${NAIVE_PORT}`;
const BARE_DIR = join(ROOT, 'bench', 'bare');
const BARE_PORT = PORT + 2;
const BARE_BASE = `http://127.0.0.1:${BARE_PORT}`;
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** The production server (scripts/serve.ts, what `npm start` runs) for both sites, each with its own pages' policies. */
function serve(dir: string, port: number) {
  return spawn(TSX, [join(ROOT, 'scripts', 'serve.ts'), dir], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, PORT: String(port) } });
}

/** The load test's mix: the dashboard, a chart page, a data page and the largest asset of the build. */
function loadPaths(): string[] {
  return ['/', '/charts/terrorism-2020/', '/data/incidents/', largestFile(OUT).path];
}

function loadTable(r: LoadResult): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(['load test (`npm start` server, loopback)', 'requests/s', 'p99 latency', 'requests', 'errors + timeouts', 'non-2xx']),
    `|${'---|'.repeat(6)}`,
    row([`${r.connections} connections, ${r.durationS} s: ${r.paths.join(', ')}`, String(Math.round(r.requestsPerSecond)), `${Math.round(r.p99Ms)} ms`, String(r.requests), String(r.errors + r.timeouts), String(r.non2xx)]),
  ].join('\n');
}

/** BENCH_ONLY=load: the load test alone. */
async function loadOnly(): Promise<void> {
  ensureBuild();
  const server = serve(OUT, PORT);
  try {
    await waitForServer(`${BASE}/`);
    const load = await runLoad(BASE, loadPaths());
    const lines = loadLines(load);
    const table = `${loadTable(load)}\n`;
    console.log(`\n${table}`);
    for (const l of lines) console.log(`${l.pass ? 'PASS' : 'FAIL'}  ${l.check}: ${l.value} (budget ${l.limit})`);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'load.md'), table);
    writeFileSync(join(ROOT, 'bench-results', 'load.json'), `${JSON.stringify({ date: new Date().toISOString(), ...load, lines }, null, 1)}\n`);
    process.exitCode = verdict(lines) === 'pass' ? 0 : 1;
  } finally {
    server.kill();
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/** The routes of the table: BENCH_ROUTES (with the Russian and Chinese pages added), or every prerendered page. */
function benchRoutes(): string[] {
  const listed = process.env.BENCH_ROUTES?.split(',').map((r) => r.trim()).filter(Boolean);
  return listed ? withLanguageRoutes(listed) : prerenderedRoutes(OUT);
}

/** Each route's row of the languages table (reads out/ only). */
function languageRows(routes: readonly string[]): LanguageRow[] {
  const fragments = languageFragments({ en: en as Catalogue, ru: ru as Catalogue, zh: zh as Catalogue });
  return routes.filter((r) => existsSync(join(OUT, htmlFileFor(r)))).map((r) => languageRow(OUT, r, htmlFileFor(r), fragments));
}

/** BENCH_ONLY=languages: sizes and catalogue checks of the built pages, no browser. */
function languagesOnly(): void {
  ensureBuild();
  const rows = languageRows(benchRoutes());
  const lines = languageLines(rows);
  console.log(`\n${languageTable(rows)}\n\n${LANGUAGES_NOTE}\n`);
  for (const l of lines) console.log(`${l.pass ? 'PASS' : 'FAIL'}  ${l.check}: ${l.value} (budget ${l.limit})`);
  process.exitCode = verdict(lines) === 'pass' ? 0 : 1;
}

async function main(): Promise<void> {
  if (process.env.BENCH_ONLY === 'languages') {
    languagesOnly();
    return;
  }
  const chrome = findChromium();
  if (!chrome) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  const started = Date.now();
  ensureBuild();
  if (process.env.BENCH_ONLY === 'interaction') {
    await interactionOnly(chrome);
    return;
  }
  ensureNaiveBuild();

  const routes = benchRoutes();
  const results: RouteResult[] = routes.map((route) => ({ route, firstLoadJsGzip: firstLoadJsGzip(OUT, htmlFileFor(route)) }));
  const notFoundJsGzip = firstLoadJsGzip(OUT, '404.html');
  const geoFile = join(OUT, 'geo', 'region.topo.json');
  const geometryGzipBytes = existsSync(geoFile) ? gzipSize(geoFile) : undefined;
  const naive: NonNullable<BenchResult['naive']> = { firstLoadJsGzip: firstLoadJsGzip(NAIVE_OUT, 'index.html') };

  const server = serve(OUT, PORT);
  const naiveServer = serve(NAIVE_OUT, NAIVE_PORT);
  const bareServer = serve(BARE_DIR, BARE_PORT);
  try {
    await waitForServer(`${BASE}/`);
    await waitForServer(`${NAIVE_BASE}/`);
    await waitForServer(`${BARE_BASE}/`);
    const notFound: NonNullable<BenchResult['notFound']> = {};
    const bare: NonNullable<BenchResult['bare']> = {};
    if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
      const runs = Number(process.env.BENCH_RUNS ?? 3);
      const formFactors = ['mobile', 'desktop'] as const;
      const jobs: { url: string; formFactor: (typeof formFactors)[number]; target: ReferencePage }[] = [
        ...results.flatMap((r) => formFactors.map((formFactor) => ({ url: `${BASE}${r.route === '/' ? '/' : `${r.route}/`}`, formFactor, target: r }))),
        // The floor: the same shell with no content, at its own address (the server answers `/404.html`
        // with a redirect to `/404/`, whose round trip Lighthouse would count into its paints).
        ...formFactors.map((formFactor) => ({ url: `${BASE}/404/`, formFactor, target: notFound })),
        // The yardstick: the naive build of `/`, same presets, same run count, same browser.
        ...formFactors.map((formFactor) => ({ url: `${NAIVE_BASE}/`, formFactor, target: naive })),
        // The paints' floor: a document with text and nothing else, same presets, same run.
        ...formFactors.map((formFactor) => ({ url: `${BARE_BASE}/`, formFactor, target: bare })),
      ];
      await runLighthouse(chrome, jobs, runs, (url, formFactor, m) => {
        const job = jobs.find((j) => j.url === url && j.formFactor === formFactor);
        if (job) job.target[formFactor] = m;
        const label = url.startsWith(NAIVE_BASE) ? `naive ${url.replace(NAIVE_BASE, '')}` : url.startsWith(BARE_BASE) ? 'bare document' : url.replace(BASE, '');
        console.log(
          `lighthouse ${formFactor.padEnd(7)} ${label}: score ${m.score}, FCP ${Math.round(m.fcpMs)} ms, LCP ${Math.round(m.lcpMs)} ms, TBT ${Math.round(m.tbtMs)} ms, CLS ${m.cls.toFixed(3)}`,
        );
      });
    }
    const interactions = await measureInteractions(chrome, BASE);
    const bench: BenchResult = { routes: results, notFoundJsGzip, notFound, naive, bare, geometryGzipBytes, ...interactions };
    const load = await runLoad(BASE, loadPaths());
    const languages = languageRows(routes);
    const lines = [...checkBudgets(bench), ...languageLines(languages), ...loadLines(load)];
    const table = `${markdownTables(bench, lines)}\n\n${languageTable(languages)}\n\n${LANGUAGES_NOTE}\n\n${loadTable(load)}`;
    console.log(`\n${table}\n`);
    for (const l of lines) console.log(`${l.pass === undefined ? 'SKIP' : l.pass ? 'PASS' : 'FAIL'}  ${l.check}: ${l.value} (budget ${l.limit})`);
    console.log(pptxLine(await benchPptx()));
    console.log(pptxBrowserLine(await benchPptxBrowser(chrome, BASE)));
    const overall = verdict(lines);
    console.log(`\nBudgets: ${overall.toUpperCase()} (bench took ${Math.round((Date.now() - started) / 1000)} s)`);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'latest.md'), `${table}\n`);
    writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), ...bench, load, lines }, null, 1)}\n`);
    process.exitCode = overall === 'pass' ? 0 : 1;
  } finally {
    server.kill();
    naiveServer.kill();
    bareServer.kill();
  }
}

/** BENCH_ONLY=interaction: the year step (ours and the bare page, same run) and the PNG export. */
async function interactionOnly(chrome: string): Promise<void> {
  const server = serve(OUT, PORT);
  try {
    await waitForServer(`${BASE}/`);
    const interactions = await measureInteractions(chrome, BASE);
    const lines = checkBudgets({ routes: [], notFoundJsGzip: 0, ...interactions }).filter((l) => /year step|PNG/i.test(l.check));
    for (const l of lines) console.log(`${l.pass === undefined ? 'SKIP' : l.pass ? 'PASS' : 'FAIL'}  ${l.check}: ${l.value} (budget ${l.limit})`);
    process.exitCode = lines.every((l) => l.pass !== false) ? 0 : 1;
  } finally {
    server.kill();
  }
}

(process.env.BENCH_ONLY === 'load' ? loadOnly() : main()).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
