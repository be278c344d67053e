/**
 * "Build if needed": the static site in out/ is rebuilt when any input is newer than the last
 * build's stamp (or there is no build). Used by `npm start` and the browser tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const STAMP = join(ROOT, 'out', '.build-stamp');
const INPUTS = ['app', 'components', 'data', 'lib', 'locales', 'public', 'scripts', 'package.json', 'package-lock.json', 'next.config.js', 'tsconfig.json'];
const GENERATED = new Set([join(ROOT, 'public', 'data'), join(ROOT, 'public', 'geo'), join(ROOT, 'public', 'fonts', 'generated')]);

function newestMtime(path: string): number {
  if (GENERATED.has(path) || !existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildIsStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((p) => newestMtime(join(ROOT, p)) > built);
}

export function ensureBuild(): void {
  if (!buildIsStale()) {
    console.log('out/ is up to date; not rebuilding.');
    return;
  }
  console.log('Building the static site (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(STAMP, new Date().toISOString());
}

export { ROOT };
