import { describe, expect, it } from 'vitest';
import { layoutMarkers, ringRadius, type MarkerInput, type PlacedMarker } from './markerLayout';

const at = (key: string, x: number, y: number, r = 6): MarkerInput => ({ key, x, y, r });

/** Screen distance between two placed markers minus their radii: negative means overlap. */
function clearance(a: PlacedMarker, b: PlacedMarker, zoom: number): number {
  return Math.hypot(a.px - b.px, a.py - b.py) * zoom - a.r - b.r;
}

function allPairs<T>(xs: readonly T[]): [T, T][] {
  return xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));
}

describe('layoutMarkers', () => {
  it('leaves a marker on its own where it is', () => {
    const [m] = layoutMarkers([at('a', 100, 200)], { zoom: 1 });
    expect(m).toMatchObject({ px: 100, py: 200, groupSize: 1, group: 'a' });
  });

  it('spreads three exercises at one place (Chebarkul) so none overlaps another', () => {
    const items = [at('pm-2013', 300, 200, 10), at('pm-2018', 300, 200, 14), at('third', 300, 200, 4)];
    const placed = layoutMarkers(items, { zoom: 1, gap: 2 });
    for (const [a, b] of allPairs(placed)) expect(clearance(a, b, 1)).toBeGreaterThanOrEqual(2 - 1e-9);
    expect(new Set(placed.map((p) => p.group))).toEqual(new Set(['pm-2013']));
    expect(placed.every((p) => p.groupSize === 3 && p.x === 300 && p.y === 200)).toBe(true);
  });

  it('starts the ring at twelve o’clock in input order', () => {
    const placed = layoutMarkers([at('first', 0, 0), at('second', 0, 0)], { zoom: 1 });
    const [first, second] = placed;
    expect(first?.py).toBeLessThan(0);
    expect(first?.px).toBeCloseTo(0);
    expect(second?.py).toBeGreaterThan(0);
  });

  it('groups markers that touch through a chain, not only those at one point', () => {
    const placed = layoutMarkers([at('a', 0, 0), at('b', 10, 0), at('c', 20, 0), at('far', 200, 0)], { zoom: 1 });
    expect(placed.slice(0, 3).every((p) => p.groupSize === 3)).toBe(true);
    expect(placed[3]).toMatchObject({ groupSize: 1, px: 200 });
  });

  it('separates nearby places when zoomed in (ring dissolves)', () => {
    const items = [at('chebarkul', 100, 100), at('chelyabinsk', 103, 99)];
    expect(layoutMarkers(items, { zoom: 1 })[0]?.groupSize).toBe(2);
    const zoomed = layoutMarkers(items, { zoom: 8 });
    expect(zoomed.map((p) => p.groupSize)).toEqual([1, 1]);
    expect(zoomed[1]).toMatchObject({ px: 103, py: 99 });
  });

  it('keeps ring spacing constant on screen at any zoom', () => {
    const items = [at('a', 50, 50), at('b', 50, 50)];
    for (const zoom of [1, 2.5, 8]) {
      const [a, b] = layoutMarkers(items, { zoom, gap: 3 });
      if (!a || !b) throw new Error('missing');
      expect(clearance(a, b, zoom)).toBeCloseTo(3);
    }
  });

  it('returns markers in input order even when groups interleave', () => {
    const placed = layoutMarkers([at('a', 0, 0), at('x', 500, 0), at('b', 0, 0)], { zoom: 1 });
    expect(placed.map((p) => p.key)).toEqual(['a', 'x', 'b']);
    expect(placed[2]?.indexInGroup).toBe(1);
  });

  it('groups exactly the markers that touch, directly or through a chain, checked against every pair', () => {
    // Seeded clusters of markers of mixed sizes, some at one point, some with equal x.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 40; round++) {
      const items = Array.from({ length: 5 + Math.floor(random() * 70) }, (_, i) => {
        const cluster = Math.floor(random() * 4) * 120;
        const x = random() < 0.2 ? cluster : cluster + Math.round(random() * 80);
        return at(`m${i}`, x, Math.round(random() * 90), 2 + random() * 16);
      });
      const zoom = [1, 1.7, 4][round % 3] ?? 1;
      // Every pair: joined when closer on screen than their radii and the gap.
      const joined = items.map((a) => items.map((b) => Math.hypot(a.x - b.x, a.y - b.y) * zoom < a.r + b.r + 2));
      const component = items.map(() => -1);
      items.forEach((_, start) => {
        if (component[start] !== -1) return;
        const stack = [start];
        component[start] = start;
        while (stack.length > 0) {
          const i = stack.pop() ?? 0;
          items.forEach((_, j) => {
            if (component[j] === -1 && joined[i]?.[j]) {
              component[j] = start;
              stack.push(j);
            }
          });
        }
      });
      const placed = layoutMarkers(items, { zoom, gap: 2 });
      items.forEach((m, i) => {
        const members = items.flatMap((_, j) => (component[j] === component[i] ? [j] : []));
        expect(placed[i]).toMatchObject({ key: m.key, group: items[members[0] ?? 0]?.key, groupSize: members.length, indexInGroup: members.indexOf(i) });
      });
    }
  });

  it('treats a broken zoom as 1 rather than producing NaN', () => {
    const placed = layoutMarkers([at('a', 0, 0), at('b', 0, 0)], { zoom: Number.NaN });
    expect(placed.every((p) => Number.isFinite(p.px) && Number.isFinite(p.py))).toBe(true);
  });
});

describe('ringRadius', () => {
  it('puts two markers side by side with the gap between them', () => {
    expect(ringRadius([5, 7], 2)).toBeCloseTo(7);
  });
  it('is 0 for a single marker', () => {
    expect(ringRadius([5], 2)).toBe(0);
  });
});
