/**
 * Marker shapes, so that kinds differ by shape as well as colour: military exercises are
 * circles, law-enforcement squares, cyber triangles, border operations diamonds; border
 * incidents are stars. Every shape of "radius" r has the area of a circle of radius r, so a
 * marker's area means the same figure whatever its shape. Paths are centred on (0, 0).
 */
import type { ExerciseKind } from '@/data/schema';

export const SYMBOL = { circle: 'circle', square: 'square', triangle: 'triangle', diamond: 'diamond', star: 'star' } as const;
export type SymbolShape = (typeof SYMBOL)[keyof typeof SYMBOL];

export const KIND_SYMBOL = {
  military: 'circle',
  lawEnforcement: 'square',
  cyber: 'triangle',
  borderOperation: 'diamond',
} as const satisfies Record<ExerciseKind, SymbolShape>;

export const INCIDENT_SYMBOL: SymbolShape = 'star';

const f = (n: number) => String(Math.round(n * 100) / 100);

function polygon(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x)} ${f(y)}`).join(' ')} Z`;
}

/** The vertices of a shape of area πr² (none for a circle). */
export function symbolVertices(shape: SymbolShape, r: number): [number, number][] {
  switch (shape) {
    case 'circle':
      return [];
    case 'square': {
      const h = (r * Math.sqrt(Math.PI)) / 2;
      return [
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ];
    }
    case 'diamond': {
      const d = r * Math.sqrt(Math.PI / 2);
      return [
        [0, -d],
        [d, 0],
        [0, d],
        [-d, 0],
      ];
    }
    case 'triangle': {
      const a = r * Math.sqrt((4 * Math.PI) / Math.sqrt(3));
      const h = (a * Math.sqrt(3)) / 2;
      return [
        [0, (-2 * h) / 3],
        [a / 2, h / 3],
        [-a / 2, h / 3],
      ];
    }
    case 'star': {
      // Five points, inner radius half the outer: area = 5 · R · (R/2) · sin 36°.
      const outer = r * Math.sqrt(Math.PI / (2.5 * Math.sin(Math.PI / 5)));
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? outer : outer / 2;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
      }
      return pts;
    }
  }
}

/** An SVG path of the shape with area πr², centred on the origin. */
export function symbolPath(shape: SymbolShape, r: number): string {
  if (shape === 'circle') return `M${f(-r)} 0 A${f(r)} ${f(r)} 0 1 0 ${f(r)} 0 A${f(r)} ${f(r)} 0 1 0 ${f(-r)} 0 Z`;
  return polygon(symbolVertices(shape, r));
}
