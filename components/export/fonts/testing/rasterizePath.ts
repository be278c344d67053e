/**
 * Test helper: fills SVG path data (M L H V Q C Z, absolute or relative — what the shaper writes)
 * into a coverage bitmap, nonzero winding, 4 × 4 samples per pixel. Enough to compare two
 * outlines of the same words as a reader would see them, in Node, without a browser.
 */

export interface Coverage {
  width: number;
  height: number;
  /** 0 (empty) … 1 (covered), row by row. */
  data: Float32Array;
}

type Point = [number, number];

/** The path's contours as polygons (curves flattened into short lines). */
export function contours(d: string): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  const tokens = [...d.matchAll(/([MLHVQCZmlhvqcz])([^MLHVQCZmlhvqcz]*)/g)];
  for (const [, op = '', args = ''] of tokens) {
    const n = [...args.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g)].map((m) => Number(m[0]));
    const rel = op === op.toLowerCase();
    const ox = rel ? cx : 0;
    const oy = rel ? cy : 0;
    const at = (i: number): Point => [(n[i] ?? 0) + ox, (n[i + 1] ?? 0) + oy];
    switch (op.toUpperCase()) {
      case 'M':
        if (current.length > 1) out.push(current);
        [cx, cy] = at(0);
        [sx, sy] = [cx, cy];
        current = [[cx, cy]];
        for (let i = 2; i + 1 < n.length; i += 2) current.push(([cx, cy] = [(n[i] ?? 0) + (rel ? cx : 0), (n[i + 1] ?? 0) + (rel ? cy : 0)]));
        break;
      case 'L':
        for (let i = 0; i + 1 < n.length; i += 2) current.push(([cx, cy] = [(n[i] ?? 0) + (rel ? cx : 0), (n[i + 1] ?? 0) + (rel ? cy : 0)]));
        break;
      case 'H':
        for (const v of n) current.push(([cx, cy] = [v + (rel ? cx : 0), cy]));
        break;
      case 'V':
        for (const v of n) current.push(([cx, cy] = [cx, v + (rel ? cy : 0)]));
        break;
      case 'Q': {
        const [x1, y1] = at(0);
        const [x, y] = at(2);
        for (let k = 1; k <= 8; k++) {
          const t = k / 8;
          const u = 1 - t;
          current.push([u * u * cx + 2 * u * t * x1 + t * t * x, u * u * cy + 2 * u * t * y1 + t * t * y]);
        }
        [cx, cy] = [x, y];
        break;
      }
      case 'C': {
        const [x1, y1] = at(0);
        const [x2, y2] = at(2);
        const [x, y] = at(4);
        for (let k = 1; k <= 12; k++) {
          const t = k / 12;
          const u = 1 - t;
          current.push([
            u * u * u * cx + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
            u * u * u * cy + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
          ]);
        }
        [cx, cy] = [x, y];
        break;
      }
      case 'Z':
        if (current.length > 1) out.push(current);
        current = [[sx, sy]];
        [cx, cy] = [sx, sy];
        break;
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

const SAMPLES = 4;

/** The path filled (nonzero) on a width × height pixel grid. */
export function rasterize(d: string, width: number, height: number): Coverage {
  const polys = contours(d);
  const data = new Float32Array(width * height);
  const weight = 1 / (SAMPLES * SAMPLES);
  for (let row = 0; row < height * SAMPLES; row++) {
    const y = (row + 0.5) / SAMPLES;
    // Crossings of this sample line with every edge: x and winding direction.
    const crossings: [number, number][] = [];
    for (const poly of polys) {
      for (let i = 0; i < poly.length; i++) {
        const a = poly[i];
        const b = poly[(i + 1) % poly.length];
        if (!a || !b || a[1] === b[1]) continue;
        const [lo, hi, dir] = a[1] < b[1] ? [a, b, 1] : [b, a, -1];
        if (y < lo[1] || y >= hi[1]) continue;
        crossings.push([lo[0] + ((y - lo[1]) / (hi[1] - lo[1])) * (hi[0] - lo[0]), dir]);
      }
    }
    crossings.sort((p, q) => p[0] - q[0]);
    const py = Math.floor(row / SAMPLES);
    for (let col = 0; col < width * SAMPLES; col++) {
      const x = (col + 0.5) / SAMPLES;
      let winding = 0;
      for (const [cxing, dir] of crossings) {
        if (cxing > x) break;
        winding += dir;
      }
      const at = py * width + Math.floor(col / SAMPLES);
      if (winding !== 0) data[at] = (data[at] ?? 0) + weight;
    }
  }
  return { width, height, data };
}

/**
 * How two bitmaps differ: the share of inked pixels off by more than `threshold`, and the largest
 * difference. Columns in `skip` ([from, to) pixel ranges) are left out.
 */
export function compare(
  a: Coverage,
  b: Coverage,
  threshold = 0.25,
  skip: readonly [number, number][] = [],
): { differing: number; inked: number; share: number; max: number } {
  let differing = 0;
  let inked = 0;
  let max = 0;
  for (let i = 0; i < a.data.length; i++) {
    const column = i % a.width;
    if (skip.some(([from, to]) => column >= from && column < to)) continue;
    const va = a.data[i] ?? 0;
    const vb = b.data[i] ?? 0;
    if (va > 0 || vb > 0) inked++;
    const diff = Math.abs(va - vb);
    max = Math.max(max, diff);
    if (diff > threshold) differing++;
  }
  return { differing, inked, share: inked === 0 ? 0 : differing / inked, max };
}

/** The mean row of the ink in columns [from, to): where a mark sits vertically. */
export function inkRow(c: Coverage, from: number, to: number): number {
  let sum = 0;
  let ink = 0;
  for (let row = 0; row < c.height; row++) {
    for (let col = Math.max(0, from); col < Math.min(c.width, to); col++) {
      const v = c.data[row * c.width + col] ?? 0;
      sum += v * row;
      ink += v;
    }
  }
  return ink === 0 ? Number.NaN : sum / ink;
}
