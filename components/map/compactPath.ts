/**
 * A d3-geo path context that writes short SVG path data for the server outline: whole pixels,
 * relative steps (`M12 30l3-1 2 4z`), no repeated points, and no rings that rounding has
 * flattened to nothing (they would draw only stray strokes). Pure.
 *
 *   const out = new CompactPath();
 *   geoPath(null, out)(feature);
 *   out.result(); // "M855 272l3-1 2 4z…"
 */
import type { GeoContext } from 'd3-geo';

type Point = [number, number];

const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/** Twice the signed area of a ring (shoelace). */
function doubleArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i] as Point;
    const [x1, y1] = ring[(i + 1) % ring.length] as Point;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** "3-1" or "3 1": a coordinate pair, separated only where the sign does not do it. */
function pair(dx: number, dy: number): string {
  return `${dx}${dy < 0 ? '' : ' '}${dy}`;
}

export class CompactPath implements GeoContext {
  private parts: string[] = [];
  private ring: Point[] = [];

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number): void {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = this.ring[this.ring.length - 1];
    if (!last || !same(last, p)) this.ring.push(p);
  }

  closePath(): void {
    this.flush();
  }

  /** Points are not drawn in the outline (d3 calls this for Point geometries only). */
  arc(): void {}

  /** The path data so far. */
  result(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    let ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && same(first, last)) ring = ring.slice(0, -1);
    if (ring.length < 3 || doubleArea(ring) === 0) return;
    const [x0, y0] = ring[0] as Point;
    const steps: string[] = [];
    for (let i = 1; i < ring.length; i++) {
      const [x, y] = ring[i] as Point;
      const [px, py] = ring[i - 1] as Point;
      steps.push(pair(x - px, y - py));
    }
    const joined = steps.reduce((s, step) => (s === '' || step.startsWith('-') ? s + step : `${s} ${step}`), '');
    this.parts.push(`M${pair(x0, y0)}l${joined}z`);
  }
}
