import { describe, expect, it } from 'vitest';
import { DATA_AS_OF } from '@/data/meta';
import { CHART_IDS } from './chartIds';
import { chartListing, chartWords } from './chartWords';

describe('chartWords', () => {
  it('lists every chart once, in the order of CHART_IDS, each with a title and a subtitle', () => {
    const listing = chartListing('en');
    expect(listing.map((c) => c.id)).toEqual([...CHART_IDS]);
    for (const c of listing) {
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.subtitle.length, c.id).toBeGreaterThan(20);
    }
    expect(new Set(listing.map((c) => c.title)).size).toBe(CHART_IDS.length);
  });
  it('names the membership chart up to the year of the data', () => {
    expect(chartWords('membership', 'en').title).toContain(DATA_AS_OF.slice(0, 4));
  });
});
