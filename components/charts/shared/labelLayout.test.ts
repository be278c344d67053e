import { describe, expect, it } from 'vitest';
import { dodge, noOverlaps } from './labelLayout';

const spans = (centres: number[], sizes: number[]) =>
  centres.map((c, i) => ({ x: 0, width: 1, y: c - (sizes[i] ?? 0) / 2, height: sizes[i] ?? 0 }));

describe('dodge', () => {
  it('leaves labels that do not collide where they want to be', () => {
    expect(dodge([{ target: 10, size: 4 }, { target: 30, size: 4 }], { min: 0, max: 100 })).toEqual([10, 30]);
  });

  it('spreads labels that want the same spot symmetrically around it', () => {
    const [a = NaN, b = NaN] = dodge([{ target: 50, size: 10 }, { target: 50, size: 10 }], { min: 0, max: 100, gap: 2 });
    expect(b - a).toBe(12);
    expect((a + b) / 2).toBe(50);
  });

  it('never overlaps a crowded cluster, keeps the order of the targets and stays inside the bounds', () => {
    const targets = [5, 6, 7, 7, 8, 40, 41, 98, 99, 99.5];
    const sizes = targets.map(() => 8);
    const centres = dodge(targets.map((target) => ({ target, size: 8 })), { min: 0, max: 100, gap: 1 });
    expect(noOverlaps(spans(centres, sizes), 1)).toBe(true);
    centres.slice(1).forEach((c, i) => expect(c).toBeGreaterThan(centres[i] ?? Infinity));
    expect(Math.min(...centres) - 4).toBeGreaterThanOrEqual(0);
    expect(Math.max(...centres) + 4).toBeLessThanOrEqual(100);
  });

  it('returns centres in the order items were given, not sorted', () => {
    const centres = dodge([{ target: 80, size: 4 }, { target: 10, size: 4 }], { min: 0, max: 100 });
    expect(centres).toEqual([80, 10]);
  });
});
