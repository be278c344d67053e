import { describe, expect, it } from 'vitest';
import { sourceNames, type ChartContext } from './chartContext';

const ctx: ChartContext = {
  locale: 'en',
  sources: [
    { id: 'kg-a', title: 'A', publisher: '24.kg', date: '2020-03-01', url: 'https://24.kg/a' },
    { id: 'kg-b', title: 'B', publisher: '24.kg', date: '2020-11-02', url: 'https://24.kg/b' },
    { id: 'tass', title: 'C', publisher: 'TASS', date: '2021-01-01', url: 'https://tass.com/c' },
  ],
  countryNames: {},
  asOf: '2026-12-06',
};

describe('sourceNames', () => {
  it('names each source once, even two of one publisher and year', () => {
    expect(sourceNames(ctx, ['kg-a', 'kg-b', 'tass', 'kg-a'])).toBe('24.kg (2020); TASS (2021)');
  });
});
