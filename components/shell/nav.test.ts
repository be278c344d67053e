import { describe, expect, it } from 'vitest';
import { isCurrent, NAV_ITEMS } from './nav';

describe('isCurrent', () => {
  it('marks the page whatever its trailing slash or query', () => {
    expect(isCurrent('/data', '/data/')).toBe(true);
    expect(isCurrent('/data', '/data')).toBe(true);
    expect(isCurrent('/sources', '/sources/?x=1#seed')).toBe(true);
    expect(isCurrent('/charts/', '/charts')).toBe(true);
  });
  it('marks a section on its subpages', () => {
    expect(isCurrent('/charts/', '/charts/membership/')).toBe(true);
    expect(isCurrent('/data/', '/data/exercises/')).toBe(true);
  });
  it('marks the dashboard only at the root', () => {
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/', '/data/')).toBe(false);
  });
  it('does not confuse pages that share a prefix', () => {
    expect(isCurrent('/data', '/database')).toBe(false);
  });
  it('has exactly one current entry on each page', () => {
    for (const page of ['/', '/charts/', '/charts/membership/', '/data/', '/sources/', '/present/']) {
      expect(NAV_ITEMS.filter((i) => isCurrent(i.href, page))).toHaveLength(1);
    }
  });
});
