/**
 * Which capital labels fit without overlapping, and on which side of their dot.
 *
 * Greedy by priority: each label tries the right of its dot, then the left, above and below,
 * and takes the first spot that overlaps no label already placed and no obstacle (markers).
 * A label that fits nowhere is left out: its dot and tooltip still name it. Pure.
 */
import { compareIds } from '@/lib/compareIds';

export interface LabelCandidate {
  key: string;
  /** The dot, in screen pixels. */
  x: number;
  y: number;
  /** Estimated text box, in screen pixels. */
  width: number;
  height: number;
  /** Lower goes first. */
  priority: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const LABEL_SIDE = { right: 'right', left: 'left', above: 'above', below: 'below' } as const;
export type LabelSide = (typeof LABEL_SIDE)[keyof typeof LABEL_SIDE];
const SIDES: readonly LabelSide[] = Object.values(LABEL_SIDE);

export interface PlacedLabel {
  key: string;
  side: LabelSide;
  box: Box;
}

/** Distance between the dot and its label, in screen pixels. */
export const LABEL_OFFSET = 5;

export function labelBox(c: LabelCandidate, side: LabelSide): Box {
  const { x, y, width: w, height: h } = c;
  switch (side) {
    case 'right':
      return { x0: x + LABEL_OFFSET, y0: y - h / 2, x1: x + LABEL_OFFSET + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - LABEL_OFFSET - w, y0: y - h / 2, x1: x - LABEL_OFFSET, y1: y + h / 2 };
    case 'above':
      return { x0: x - w / 2, y0: y - LABEL_OFFSET - h, x1: x + w / 2, y1: y - LABEL_OFFSET };
    case 'below':
      return { x0: x - w / 2, y0: y + LABEL_OFFSET, x1: x + w / 2, y1: y + LABEL_OFFSET + h };
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[] = [],
  bounds?: Box,
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [...obstacles];
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || compareIds(a.key, b.key));
  for (const c of ordered) {
    for (const side of SIDES) {
      const box = labelBox(c, side);
      const inside = !bounds || (box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1);
      if (inside && !taken.some((t) => overlaps(t, box))) {
        placed.set(c.key, { key: c.key, side, box });
        taken.push(box);
        break;
      }
    }
  }
  return placed;
}
