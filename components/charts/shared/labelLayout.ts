/**
 * Placing labels so they never overlap.
 *
 * `dodge` works on one axis: each label wants to sit centred on a target coordinate and has a
 * size; labels keep their order, never overlap (with `gap` between them), stay inside
 * [min, max] when they fit, and move as little as possible: overlapping labels are merged into
 * clusters centred on the mean of their targets (the classic label-placement relaxation).
 */

export interface DodgeItem {
  /** Where the label's centre wants to be. */
  target: number;
  /** The label's extent along the axis. */
  size: number;
}

export interface DodgeOptions {
  min: number;
  max: number;
  gap?: number;
}

interface Cluster {
  first: number;
  last: number;
  /** Sum of (target - offset of the item's centre from the cluster start). */
  weight: number;
  size: number;
  start: number;
}

/** Centres for `items` (same order as given), non-overlapping, order preserved by target. */
export function dodge(items: readonly DodgeItem[], { min, max, gap = 0 }: DodgeOptions): number[] {
  const order = items.map((_, i) => i).sort((a, b) => (items[a]?.target ?? 0) - (items[b]?.target ?? 0) || a - b);
  const clusters: Cluster[] = [];
  for (let k = 0; k < order.length; k++) {
    const item = items[order[k] ?? 0];
    if (!item) continue;
    let cluster: Cluster = {
      first: k,
      last: k,
      weight: item.target - item.size / 2,
      size: item.size,
      start: item.target - item.size / 2,
    };
    // Merge with the previous cluster while they overlap, re-centring the merged cluster.
    for (;;) {
      const prev = clusters[clusters.length - 1];
      if (!prev || prev.start + prev.size + gap <= cluster.start) break;
      clusters.pop();
      const n1 = prev.last - prev.first + 1;
      const n2 = cluster.last - cluster.first + 1;
      const offset = prev.size + gap;
      const merged: Cluster = {
        first: prev.first,
        last: cluster.last,
        weight: prev.weight + (cluster.weight - offset * n2),
        size: prev.size + gap + cluster.size,
        start: 0,
      };
      merged.start = merged.weight / (n1 + n2);
      cluster = merged;
    }
    clusters.push(cluster);
  }
  // Clamp into [min, max]: push right from the left edge, then left from the right edge.
  let floor = min;
  for (const c of clusters) {
    c.start = Math.max(c.start, floor);
    floor = c.start + c.size + gap;
  }
  let ceiling = max;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (!c) continue;
    c.start = Math.min(c.start, ceiling - c.size);
    ceiling = c.start - gap;
  }
  const centres = new Array<number>(items.length).fill(0);
  for (const c of clusters) {
    let pos = c.start;
    for (let k = c.first; k <= c.last; k++) {
      const index = order[k] ?? 0;
      const size = items[index]?.size ?? 0;
      centres[index] = pos + size / 2;
      pos += size + gap;
    }
  }
  return centres;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** True when no two boxes overlap (test helper and runtime assertion). */
export function noOverlaps(boxes: readonly Box[], gap = 0): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && boxesOverlap(a, b, gap - 0.001)) return false;
    }
  }
  return true;
}
