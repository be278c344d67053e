import { describe, expect, it } from 'vitest';
import { languageLines, withLanguageRoutes, type LanguageRow } from './languages';

const row = (route: string, jsGzip: number, more: Partial<LanguageRow> = {}): LanguageRow => ({ route, jsGzip, htmlGzip: 10_000, dataGzip: 0, foreign: [], wholeCatalogues: [], ...more });
const line = (rows: LanguageRow[], start: string) => languageLines(rows).find((l) => l.check.startsWith(start));

describe('withLanguageRoutes', () => {
  it('adds the dashboard and the list’s first chart page in Russian and Chinese, once', () => {
    expect(withLanguageRoutes(['/', '/charts/membership', '/data', '/ru'])).toEqual(['/', '/charts/membership', '/data', '/ru', '/ru/charts/membership', '/zh', '/zh/charts/membership']);
    expect(withLanguageRoutes(['/data'])).toEqual(['/data', '/ru', '/ru/charts/terrorism-2020', '/zh', '/zh/charts/terrorism-2020']);
  });
});

describe('languageLines', () => {
  it('passes English pages whose scripts hold no other language and no whole catalogue', () => {
    const lines = languageLines([row('/', 200_000), row('/ru', 200_000), row('/zh', 200_000)]);
    expect(lines.map((l) => l.pass)).toEqual([true, true, true]);
    expect(lines[0]?.value).toBe('none on 1 pages');
  });

  it('fails an English page whose scripts hold a Russian sentence or a feature’s English catalogue', () => {
    const leaking = row('/', 200_000, { foreign: [{ key: 'shell.tagline', text: 'Состав, совместные учения' }], wholeCatalogues: ['map'] });
    const rows = [leaking, row('/data', 150_000)];
    expect(line(rows, "English pages' first-load JS: Russian")).toMatchObject({ pass: false, value: '1 of 2 pages, e.g. /: 1 (shell.tagline)' });
    expect(line(rows, "English pages' first-load JS: a feature")).toMatchObject({ pass: false, value: '1 of 2 pages, e.g. /: map' });
  });

  it('fails when there is no English page to judge', () => {
    expect(line([row('/ru', 1)], "English pages' first-load JS: Russian")?.pass).toBe(false);
  });

  it('allows a Russian or Chinese page at most 100 KB more script than the same English page, and names the largest', () => {
    const ok = line([row('/', 200_000), row('/zh', 200_000 + 50 * 1024), row('/ru', 200_000)], 'Russian and Chinese');
    expect(ok).toMatchObject({ pass: true, value: '+50.0 KB (/zh: 245.3 KB vs /: 195.3 KB)' });
    expect(line([row('/charts/x', 100_000), row('/zh/charts/x', 100_000 + 101 * 1024)], 'Russian and Chinese')?.pass).toBe(false);
  });
});
