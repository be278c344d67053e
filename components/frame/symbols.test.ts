import { describe, expect, it } from 'vitest';
import { symbolPath, symbolVertices, type SymbolShape } from './symbols';

function shoelace(points: [number, number][]): number {
  let sum = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length] ?? [0, 0];
    sum += x * ny - nx * y;
  });
  return Math.abs(sum) / 2;
}

describe('symbols', () => {
  it.each(['square', 'diamond', 'triangle', 'star'] as SymbolShape[])('a %s has the area of the circle of the same radius', (shape) => {
    expect(shoelace(symbolVertices(shape, 10))).toBeCloseTo(Math.PI * 100, 6);
  });
  it('draws a closed path centred on the origin', () => {
    expect(symbolPath('square', 10)).toMatch(/^M-8\.86 -8\.86 .* Z$/);
    expect(symbolPath('circle', 5)).toContain('A5 5');
  });
});
