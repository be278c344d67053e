/**
 * Marks, labels and capitals keep their size on screen at any zoom: each is counter-scaled by
 * `scale(1/zoom)` in a `transform` attribute (exports read geometry from attributes). React writes
 * it from the settled zoom; during a gesture useMapGestures rewrites it directly on every
 * `[data-counter-scale]` element, keeping the placement that element's `data-origin` holds (a
 * marker places and scales itself in one group). Pure.
 */

/** `scale(1/zoom)`, rounded so that the attribute stays short and stable. */
export function counterScale(zoom: number): string {
  return `scale(${Math.round((1 / zoom) * 1e4) / 1e4})`;
}

/** The placement part of a marker's transform, as react-simple-maps' <Marker> writes it. */
export function markerOrigin([x, y]: readonly [number, number]): string {
  return `translate(${x}, ${y})`;
}

/** The transform of a counter-scaled element with placement `origin` (null: none) at `scale`. */
export function counterScaledTransform(origin: string | null, scale: string): string {
  return origin ? `${origin} ${scale}` : scale;
}
