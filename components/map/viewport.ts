/**
 * Zoom and pan arithmetic in the map's viewBox space (MAP_WIDTH × MAP_HEIGHT). Pure; the map
 * converts between these points and [lon, lat] with the projection.
 *
 * A view is a zoom factor k ≥ 1 and the viewBox point at the centre of the screen. The view
 * never leaves the frame: the centre stays at least half a screen (W/2k, H/2k) from each edge.
 */
import { MAX_ZOOM, MIN_ZOOM } from './urlState';

export type Point = readonly [number, number];
/** [[x0, y0], [x1, y1]] in viewBox units. */
export type Bounds = readonly [Point, Point];

export function clampZoom(k: number): number {
  if (!Number.isFinite(k)) return MIN_ZOOM;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
}

/** The nearest centre to `p` at which a view of zoom `k` stays inside the frame. */
export function clampCenterPoint(p: Point, k: number, width: number, height: number): [number, number] {
  const zoom = clampZoom(k);
  const hx = width / (2 * zoom);
  const hy = height / (2 * zoom);
  const x = Number.isFinite(p[0]) ? p[0] : width / 2;
  const y = Number.isFinite(p[1]) ? p[1] : height / 2;
  return [Math.min(width - hx, Math.max(hx, x)), Math.min(height - hy, Math.max(hy, y))];
}

/**
 * The view that shows `bounds` whole with a margin (`fill` of the screen), as close as the zoom
 * limits allow: a small state is shown at the largest zoom, a vast one at the whole region.
 */
export function fitBounds(bounds: Bounds, width: number, height: number, fill = 0.8): { zoom: number; center: [number, number] } {
  const [[x0, y0], [x1, y1]] = bounds;
  const bw = Math.max(1e-6, x1 - x0);
  const bh = Math.max(1e-6, y1 - y0);
  const zoom = clampZoom(fill * Math.min(width / bw, height / bh));
  return { zoom, center: clampCenterPoint([(x0 + x1) / 2, (y0 + y1) / 2], zoom, width, height) };
}

/** The centre after panning by a fraction of the screen (dx, dy in screens; +x is east). */
export function panCenterPoint(center: Point, k: number, dx: number, dy: number, width: number, height: number): [number, number] {
  const zoom = clampZoom(k);
  return clampCenterPoint([center[0] + (dx * width) / zoom, center[1] + (dy * height) / zoom], zoom, width, height);
}

/** The next zoom step in or out (×1.5), kept within the limits; snaps to 1 near the bottom. */
export function stepZoom(k: number, direction: 1 | -1): number {
  const next = clampZoom(direction > 0 ? k * 1.5 : k / 1.5);
  return next < MIN_ZOOM + 0.05 ? MIN_ZOOM : next;
}
