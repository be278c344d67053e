import { describe, expect, it } from 'vitest';
import { MAX_RADIUS, MIN_KNOWN_RADIUS, radiusScale, sizeKeyValues, UNKNOWN_RADIUS } from './markerScale';

describe('radiusScale', () => {
  const r = radiusScale(10_000);
  it('makes area proportional to the figure', () => {
    expect(r(10_000)).toBeCloseTo(MAX_RADIUS);
    expect((r(10_000) / r(2_500)) ** 2).toBeCloseTo(4);
  });
  it('draws an unknown figure smaller than any known one', () => {
    expect(r(null)).toBe(UNKNOWN_RADIUS);
    expect(r(1)).toBe(MIN_KNOWN_RADIUS);
    expect(UNKNOWN_RADIUS).toBeLessThan(MIN_KNOWN_RADIUS);
  });
  it('never exceeds the maximum', () => {
    expect(r(1_000_000)).toBe(MAX_RADIUS);
  });
});

describe('sizeKeyValues', () => {
  it('offers round figures at or below the largest', () => {
    expect(sizeKeyValues(10_600)).toEqual([500, 2000, 10_000]);
    expect(sizeKeyValues(352)).toEqual([10, 50, 200]);
  });
  it('is empty without data', () => {
    expect(sizeKeyValues(0)).toEqual([]);
  });
});
