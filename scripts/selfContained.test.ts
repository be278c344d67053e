/**
 * Nothing that `npm start` or `npm test` needs lives outside the repository: no tracked file
 * reads the team's ../shared folder (the seed article is reached only through SCO_SEED_ARTICLE,
 * which .ci/run sets when the file exists), and no data file names a path of ours.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f !== '' && !/\.(png|woff2?|ico|jpg)$/.test(f) && f !== 'package-lock.json');

/** Only CI's script and the docs may name the team's shared folder. */
const MAY_NAME_SHARED = new Set(['.ci/run', 'README.md', 'data/README.md']);

describe('the repository stands alone', () => {
  it('no code or test reads the team’s shared folder', () => {
    const offenders = tracked.filter((f) => !MAY_NAME_SHARED.has(f) && /shared\/(seeds|facts|STYLE\.md)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no data file or message names a file path of ours', () => {
    const files = tracked.filter((f) => /^(data|locales)\/.*\.ts$/.test(f) && !f.endsWith('.test.ts'));
    const offenders = files.filter((f) => /\b\w+\/\w+\.(txt|json|csv)\b/.test(readFileSync(f, 'utf8').replace(/https?:\/\/\S+/g, '')));
    expect(offenders).toEqual([]);
  });
});
