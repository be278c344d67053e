import { describe, expect, it } from 'vitest';
import { isCurrent, navItems } from './nav';

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
  it('has exactly one current entry on each page, in every language', () => {
    for (const [locale, prefix] of [['en', ''], ['ru', '/ru'], ['zh', '/zh']] as const) {
      for (const page of ['/', '/charts/', '/charts/membership/', '/data/', '/sources/', '/present/']) {
        expect(navItems(locale).filter((i) => isCurrent(i.href, `${prefix}${page}`)), `${prefix}${page}`).toHaveLength(1);
      }
    }
  });
  it('marks a language’s dashboard only at its own root', () => {
    expect(isCurrent('/ru/', '/ru/')).toBe(true);
    expect(isCurrent('/ru/', '/ru/data/')).toBe(false);
    expect(isCurrent('/ru/data/', '/ru/data/exercises/')).toBe(true);
  });
});
