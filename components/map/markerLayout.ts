/**
 * Where event markers go so that events at one place stay readable.
 *
 * Markers keep a constant size on screen while the map zooms, so whether two of them collide
 * depends on the zoom. Markers that touch at the current zoom (directly or through a chain)
 * form a group; a group of two or more is spread on a small ring around its centre, in the
 * order given (chronological), starting at twelve o'clock and going clockwise. Each marker
 * keeps its true point as an anchor, so the map can draw a leader line back to it. Zooming in
 * pulls places apart and the rings dissolve.
 *
 * Pure: positions in, positions out.
 */

export interface MarkerInput {
  key: string;
  /** True position, in map (viewBox) units at zoom 1. */
  x: number;
  y: number;
  /** Radius on screen, in pixels of the zoom-1 viewBox. */
  r: number;
}

export interface PlacedMarker extends MarkerInput {
  /** Where to draw the marker, in map units. Equals (x, y) for a marker on its own. */
  px: number;
  py: number;
  /** The key of the group's first marker; the marker's own key when it stands alone. */
  group: string;
  groupSize: number;
  /** Position within the group, 0-based, in input order. */
  indexInGroup: number;
}

export interface LayoutOptions {
  /** The map's zoom factor: screen distance = map distance × zoom. */
  zoom: number;
  /** Clear space between markers, in screen pixels. */
  gap?: number;
}

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  let node = i;
  while (parent[node] !== root) {
    const next = parent[node] ?? root;
    parent[node] = root;
    node = next;
  }
  return root;
}

/** The radius (screen px) of a ring whose neighbours, equally spaced, do not touch. */
export function ringRadius(radii: readonly number[], gap: number): number {
  const n = radii.length;
  if (n < 2) return 0;
  const step = Math.sin(Math.PI / n);
  let needed = 0;
  for (let i = 0; i < n; i++) {
    const a = radii[i] ?? 0;
    const b = radii[(i + 1) % n] ?? 0;
    needed = Math.max(needed, (a + b + gap) / (2 * step));
  }
  return needed;
}

export function layoutMarkers(items: readonly MarkerInput[], options: LayoutOptions): PlacedMarker[] {
  const zoom = options.zoom > 0 && Number.isFinite(options.zoom) ? options.zoom : 1;
  const gap = options.gap ?? 2;
  const n = items.length;
  const parent = items.map((_, i) => i);

  // Markers that touch, joined. Swept in order of x: a pair further apart in x than the largest
  // reach cannot touch, so most pairs are never tested (every year's markers are laid out when the
  // map mounts). Which markers end up together does not depend on the order pairs are joined in,
  // and each group's root is its first marker, as when every pair was tested (markerLayout.test.ts).
  let maxR = 0;
  for (const m of items) if (m.r > maxR) maxR = m.r;
  const byX = items.flatMap((m, i) => (Number.isFinite(m.x) ? [i] : [])).sort((i, j) => (items[i]?.x ?? 0) - (items[j]?.x ?? 0));
  for (let s = 0; s < byX.length; s++) {
    const i = byX[s] ?? 0;
    const a = items[i];
    if (!a) continue;
    const reachBound = a.r + maxR + gap;
    for (let t = s + 1; t < byX.length; t++) {
      const j = byX[t] ?? 0;
      const b = items[j];
      if (!b) continue;
      if ((b.x - a.x) * zoom >= reachBound) break;
      const distance = Math.hypot(a.x - b.x, a.y - b.y) * zoom;
      if (distance < a.r + b.r + gap) {
        const ra = find(parent, i);
        const rb = find(parent, j);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  }

  const placed: PlacedMarker[] = new Array<PlacedMarker>(n);
  for (const members of groups.values()) {
    const first = items[members[0] ?? 0];
    if (!first) continue;
    if (members.length === 1) {
      placed[members[0] ?? 0] = { key: first.key, x: first.x, y: first.y, r: first.r, px: first.x, py: first.y, group: first.key, groupSize: 1, indexInGroup: 0 };
      continue;
    }
    const ms = members.map((i) => items[i]).filter((m): m is MarkerInput => m !== undefined);
    const cx = ms.reduce((s, m) => s + m.x, 0) / ms.length;
    const cy = ms.reduce((s, m) => s + m.y, 0) / ms.length;
    const radius = ringRadius(
      ms.map((m) => m.r),
      gap,
    ) / zoom;
    members.forEach((itemIndex, k) => {
      const m = items[itemIndex];
      if (!m) return;
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / members.length;
      placed[itemIndex] = {
        key: m.key,
        x: m.x,
        y: m.y,
        r: m.r,
        px: cx + radius * Math.cos(angle),
        py: cy + radius * Math.sin(angle),
        group: first.key,
        groupSize: members.length,
        indexInGroup: k,
      };
    });
  }
  return placed;
}
