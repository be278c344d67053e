/**
 * Types for the two build-time TopoJSON packages that ship none (used only by
 * scripts/build-geometry.ts). Only the calls the build makes are declared.
 */
declare module 'topojson-server' {
  import type { GeoJsonObject } from 'geojson';
  import type { Objects, Topology } from 'topojson-specification';

  /** Properties are carried over from the input features as they are. */
  export function topology(
    objects: Record<string, GeoJsonObject>,
    quantization?: number,
  ): Topology<Objects<Record<string, unknown>>>;
}

declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';

  /** A point of a presimplified arc: x, y and the weight (area) of removing it. */
  export type WeightedPoint = [number, number, number];
  export type TriangleWeight = (triangle: [WeightedPoint, WeightedPoint, WeightedPoint]) => number;

  export function presimplify<T extends Topology>(topology: T, weight?: TriangleWeight): T;
  export function simplify<T extends Topology>(topology: T, minWeight?: number): T;
  export function planarTriangleArea(triangle: [WeightedPoint, WeightedPoint, WeightedPoint]): number;
}
