/**
 * The naive baseline (bench/naive/): the same stack built the obvious way, built with the root's
 * installed packages when its out/ is older than its sources (or missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/build';

export const NAIVE_DIR = join(ROOT, 'bench', 'naive');
export const NAIVE_OUT = join(NAIVE_DIR, 'out');

/** What the naive build is made of: its own sources and the root's pinned packages. */
const INPUTS = [
  join(NAIVE_DIR, 'app'),
  join(NAIVE_DIR, 'next.config.mjs'),
  join(NAIVE_DIR, 'package.json'),
  join(NAIVE_DIR, 'tsconfig.json'),
  join(ROOT, 'package-lock.json'),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function naiveBuildIsStale(): boolean {
  const built = join(NAIVE_OUT, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((p) => newestMtime(p) > builtAt);
}

export function ensureNaiveBuild(): void {
  if (!naiveBuildIsStale()) {
    console.log('bench/naive/out is up to date; not rebuilding.');
    return;
  }
  console.log('Building the naive baseline (bench/naive)…');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: NAIVE_DIR,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}
