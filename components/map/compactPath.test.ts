import { geoPath } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CompactPath } from './compactPath';

const polygon = (...rings: [number, number][][]): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } });

function draw(f: Feature<Polygon>): string {
  const out = new CompactPath();
  geoPath(null, out)(f);
  return out.result();
}

describe('CompactPath', () => {
  it('writes whole pixels as relative steps and closes each ring', () => {
    const square = polygon([
      [10.2, 20.4],
      [30, 20],
      [30, 40.6],
      [10, 40],
      [10.2, 20.4],
    ]);
    expect(draw(square)).toBe('M10 20l20 0 0 21-20-1z');
  });

  it('draws the same shape as d3’s own path at whole pixels', () => {
    const ring: [number, number][] = [
      [100, 100],
      [140, 90],
      [160, 130],
      [120, 150],
      [100, 100],
    ];
    const compact = draw(polygon(ring));
    // Back to absolute points: each relative step added to the last point.
    const nums = compact.match(/-?\d+/g)?.map(Number) ?? [];
    const pts: number[][] = [[nums[0] ?? 0, nums[1] ?? 0]];
    for (let i = 2; i < nums.length; i += 2) {
      const prev = pts[pts.length - 1] ?? [0, 0];
      pts.push([(prev[0] ?? 0) + (nums[i] ?? 0), (prev[1] ?? 0) + (nums[i + 1] ?? 0)]);
    }
    expect(pts).toEqual(ring.slice(0, -1));
  });

  it('drops repeated points and rings that rounding flattens to nothing', () => {
    const speck = [
      [855.1, 272.2],
      [855.3, 271.9],
      [854.8, 272.1],
      [855.1, 272.2],
    ] as [number, number][];
    const sliver = [
      [10, 10],
      [20, 10],
      [30, 10],
      [10, 10],
    ] as [number, number][];
    const kept = [
      [0, 0],
      [0, 0.2],
      [5, 0],
      [5, 5],
      [0, 0],
    ] as [number, number][];
    expect(draw(polygon(speck))).toBe('');
    expect(draw(polygon(sliver))).toBe('');
    expect(draw(polygon(kept))).toBe('M0 0l5 0 0 5z');
  });
});
