import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largestFile, loadLines, type LoadResult } from './load';

const ok: LoadResult = { paths: ['/', '/x/'], connections: 50, durationS: 20, requests: 40_000, requestsPerSecond: 2000, p99Ms: 61.4, errors: 0, timeouts: 0, non2xx: 0 };

describe('loadLines', () => {
  it('passes a run with no errors and only 2xx, and reports throughput and p99', () => {
    const lines = loadLines(ok);
    expect(lines.every((l) => l.pass === true)).toBe(true);
    expect(lines[2]?.value).toBe('2000 requests/s, p99 61 ms');
  });

  it('fails on one error, one timeout or one non-2xx response', () => {
    expect(loadLines({ ...ok, errors: 1 })[0]?.pass).toBe(false);
    expect(loadLines({ ...ok, timeouts: 1 })[0]?.pass).toBe(false);
    expect(loadLines({ ...ok, non2xx: 1 })[1]?.pass).toBe(false);
  });

  it('fails a run that made no request (the server was not reached)', () => {
    expect(loadLines({ ...ok, requests: 0 }).some((l) => l.pass === false)).toBe(true);
  });
});

describe('largestFile', () => {
  it('finds the largest asset below the folder, as a URL path, skipping pages, page data and dot files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'load-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(10));
    writeFileSync(join(dir, 'a', 'big.json'), 'x'.repeat(100));
    writeFileSync(join(dir, '.build-stamp'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'a', 'index.html'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'index.txt'), 'x'.repeat(1000));
    expect(largestFile(dir)).toEqual({ path: '/a/big.json', bytes: 100 });
  });
});
