/**
 * A bad record stops `npm run build` before anything is written: in a copy of the repository
 * with one source id broken, the build exits non-zero with one line naming the file, the record
 * and the field, writes neither public/data/ nor public/geo/, never starts `next build`, and
 * leaves the previous out/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const COPIED = ['app', 'views', 'components', 'data', 'lib', 'locales', 'scripts', 'package.json', 'tsconfig.json', 'next.config.js'];

describe('npm run build with a bad dataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-badbuild-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on one line naming file, record and field, and writes nothing', () => {
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const file = join(dir, 'data', 'milestones.ts');
    const source = readFileSync(file, 'utf8');
    const broken = source.replace(/sourceId: '[^']+'/, "sourceId: 'no-such-source'");
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'index.html'), 'the previous build');

    const run = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.includes('no-such-source'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {2}data\/milestones\.ts › [a-z0-9-]+ › [\w.[\]]*sourceId: source "no-such-source" does not resolve/);
    expect(run.stdout).not.toMatch(/next build|Creating an optimized production build/);
    expect(existsSync(join(dir, 'public', 'data'))).toBe(false);
    expect(existsSync(join(dir, 'public', 'geo'))).toBe(false);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toBe('the previous build');
  }, 150_000);
});
