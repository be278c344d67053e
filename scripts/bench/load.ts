/**
 * The load test of `npm run bench`: autocannon against the production server (scripts/serve.ts,
 * what `npm start` runs) on loopback, 50 connections for 20 s, cycling through `/`, a chart page,
 * a data page and the largest asset of the build. Budgets: no errors (connection errors and
 * timeouts) and no response other than 2xx. Requests per second and p99 latency are reported.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import autocannon from 'autocannon';
import type { BudgetLine } from './budgets';

export const LOAD = { connections: 50, durationS: 20 } as const;

export interface LoadResult {
  paths: string[];
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Pages (served at their clean URL) and Next's page data: not what "the largest asset" means. */
const NOT_ASSETS = ['.html', '.txt'];

/** The largest asset of the built site (a script, stylesheet, font, data file…), as a URL path. */
export function largestFile(out: string): { path: string; bytes: number } {
  let best = { path: '/', bytes: -1 };
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, e.name);
      if (e.isDirectory()) visit(file);
      else if (!e.name.startsWith('.') && !NOT_ASSETS.some((ending) => e.name.endsWith(ending))) {
        const bytes = statSync(file).size;
        if (bytes > best.bytes) best = { path: `/${relative(out, file).split(sep).join('/')}`, bytes };
      }
    }
  };
  visit(out);
  return best;
}

/** Runs the load test against `base` (a running server). */
export async function runLoad(base: string, paths: readonly string[], options: { connections: number; durationS: number } = LOAD): Promise<LoadResult> {
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.durationS,
    // What a browser sends: the server compresses what it can, as for a reader.
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    paths: [...paths],
    connections: options.connections,
    durationS: options.durationS,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The load test's budget lines: zero errors and zero non-2xx; throughput and p99 reported. */
export function loadLines(r: LoadResult): BudgetLine[] {
  const run = `${r.connections} connections, ${r.durationS} s, ${r.requests} requests over ${r.paths.join(', ')}`;
  return [
    { check: `load: errors and timeouts (${run})`, value: String(r.errors + r.timeouts), limit: '0', pass: r.requests > 0 && r.errors + r.timeouts === 0 },
    { check: 'load: responses other than 2xx', value: String(r.non2xx), limit: '0', pass: r.requests > 0 && r.non2xx === 0 },
    { check: 'load: throughput and latency (reported, no budget)', value: `${Math.round(r.requestsPerSecond)} requests/s, p99 ${Math.round(r.p99Ms)} ms`, limit: '–', pass: r.requests > 0 },
  ];
}
