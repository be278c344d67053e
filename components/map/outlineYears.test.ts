import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { OUTLINE_YEAR_SCRIPT, outlineYears } from './outlineYears';
import type { MapStateSummary } from './types';

const kgz: MapStateSummary = {
  id: 'KGZ',
  numericId: '417',
  name: 'Kyrgyzstan',
  statusHistory: [
    { status: 'shanghaiFive', from: '1996-04-26', to: '2001-06-15' },
    { status: 'member', from: '2001-06-15' },
  ],
};
const ind: MapStateSummary = {
  id: 'IND',
  numericId: '356',
  name: 'India',
  statusHistory: [
    { status: 'observer', from: '2005-07', to: '2017-06-09' },
    { status: 'member', from: '2017-06-09' },
  ],
};
const asOf = Date.UTC(2026, 11, 6);
const years = outlineYears([kgz, ind], { minYear: 1996, maxYear: 2026 }, asOf, (s) => `fill-${s}`);

describe('outlineYears', () => {
  it('gives each state one letter per year, judged as the legend judges it', () => {
    expect(years.codes['417']?.length).toBe(31);
    expect(years.codes['417']?.[0]).toBe('F');
    expect(years.codes['417']?.[2003 - 1996]).toBe('M');
    expect(years.codes['356']?.[2003 - 1996]).toBe('-');
    expect(years.codes['356']?.[2010 - 1996]).toBe('O');
    expect(years.codes['356']?.[2026 - 1996]).toBe('M');
    expect(years.fills.O).toBe('fill-observer');
  });
});

/** Runs the inline script against a stand-in for the outline's DOM and the URL. */
function runScript(search: string, builtFor = '2026') {
  const attrs: Record<string, string> = { 'data-static-outline': builtFor, 'data-years': JSON.stringify(years), 'aria-label': `Map of SCO statuses in ${builtFor}` };
  const path = (n: string) => {
    const a: Record<string, string> = { 'data-n': n, fill: 'fill-member' };
    return { getAttribute: (k: string) => a[k] ?? null, setAttribute: (k: string, v: string) => void (a[k] = v), a };
  };
  const paths = [path('417'), path('356')];
  const html: Record<string, string> = {};
  const svg = { getAttribute: (k: string) => attrs[k] ?? null, setAttribute: (k: string, v: string) => void (attrs[k] = v), querySelectorAll: () => paths };
  const document = { currentScript: { previousElementSibling: svg }, documentElement: { setAttribute: (k: string, v: string) => void (html[k] = v) } };
  runInNewContext(OUTLINE_YEAR_SCRIPT, { document, location: { search }, URLSearchParams });
  return { attrs, paths: paths.map((p) => p.a), html };
}

describe('the outline script', () => {
  it('fills each state for the linked year and marks the page as a deep link', () => {
    const r = runScript('?year=2003&focus=KGZ');
    expect(r.paths.map((p) => p.fill)).toEqual(['fill-member', 'fill-none']);
    expect(r.attrs['data-static-outline']).toBe('2003');
    expect(r.attrs['aria-label']).toBe('Map of SCO statuses in 2003');
    expect(r.html['data-map-deeplink']).toBe('2003');
  });

  it('leaves the outline as built for the default year, a year outside the data or a malformed one', () => {
    for (const search of ['', '?year=2026', '?year=1890', '?year=abc', '?year=20031']) {
      const r = runScript(search);
      expect(r.paths.map((p) => p.fill), search).toEqual(['fill-member', 'fill-member']);
      expect(r.html['data-map-deeplink'], search).toBeUndefined();
    }
  });
});
