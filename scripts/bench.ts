/**
 * `npm run bench`: builds, serves out/, and prints the performance table with a pass/fail
 * line per budget (scripts/bench/budgets.ts). Numbers only: no test asserts on timings.
 *
 * Options (environment): BENCH_RUNS (Lighthouse runs per route and preset, default 3),
 * BENCH_ROUTES (comma-separated routes, default every prerendered page), BENCH_SKIP_LIGHTHOUSE=1.
 * Writes bench-results/latest.md and latest.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudgets, markdownTables, verdict, type BenchResult, type RouteResult } from './bench/budgets';
import { firstLoadJsGzip, gzipSize, htmlFileFor, prerenderedRoutes } from './bench/bundle';
import { measureInteractions } from './bench/interaction';
import { runLighthouse } from './bench/lighthouse';
import { findChromium, NO_BROWSER_MESSAGE } from './lib/browser';
import { ensureBuild, ROOT } from './lib/build';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = join(ROOT, 'out');

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

async function main(): Promise<void> {
  const chrome = findChromium();
  if (!chrome) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  ensureBuild();

  const routes = process.env.BENCH_ROUTES?.split(',').map((r) => r.trim()).filter(Boolean) ?? prerenderedRoutes(OUT);
  const results: RouteResult[] = routes.map((route) => ({ route, firstLoadJsGzip: firstLoadJsGzip(OUT, htmlFileFor(route)) }));
  const notFoundJsGzip = firstLoadJsGzip(OUT, '404.html');
  const geoFile = join(OUT, 'geo', 'region.topo.json');
  const geometryGzipBytes = existsSync(geoFile) ? gzipSize(geoFile) : undefined;

  const server = spawn(join(ROOT, 'node_modules', '.bin', 'serve'), ['out', '--listen', `tcp://127.0.0.1:${PORT}`, '--config', '../serve.json', '--no-clipboard', '--no-port-switching'], { cwd: ROOT, stdio: 'ignore' });
  try {
    await waitForServer(`${BASE}/`);
    const notFound: BenchResult['notFound'] = {};
    if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
      const runs = Number(process.env.BENCH_RUNS ?? 3);
      const formFactors = ['mobile', 'desktop'] as const;
      const jobs = [
        ...results.flatMap((r) => formFactors.map((formFactor) => ({ url: `${BASE}${r.route === '/' ? '/' : `${r.route}/`}`, formFactor, target: r as RouteResult | BenchResult['notFound'] }))),
        // The floor: the same shell with no content.
        ...formFactors.map((formFactor) => ({ url: `${BASE}/404.html`, formFactor, target: notFound })),
      ];
      await runLighthouse(chrome, jobs, runs, (url, formFactor, m) => {
        const job = jobs.find((j) => j.url === url && j.formFactor === formFactor);
        if (job?.target) job.target[formFactor] = m;
        console.log(`lighthouse ${formFactor.padEnd(7)} ${url.replace(BASE, '')}: score ${m.score}, LCP ${Math.round(m.lcpMs)} ms, TBT ${Math.round(m.tbtMs)} ms, CLS ${m.cls.toFixed(3)}`);
      });
    }
    const interactions = await measureInteractions(chrome, BASE);
    const bench: BenchResult = { routes: results, notFoundJsGzip, notFound, geometryGzipBytes, ...interactions };
    const lines = checkBudgets(bench);
    const table = markdownTables(bench, lines);
    console.log(`\n${table}\n`);
    for (const l of lines) console.log(`${l.pass === undefined ? 'SKIP' : l.pass ? 'PASS' : 'FAIL'}  ${l.check}: ${l.value} (budget ${l.limit})`);
    const overall = verdict(lines);
    console.log(`\nBudgets: ${overall.toUpperCase()}`);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'latest.md'), `${table}\n`);
    writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), ...bench, lines }, null, 1)}\n`);
    process.exitCode = overall === 'pass' ? 0 : 1;
  } finally {
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
