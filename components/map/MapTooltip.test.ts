import { describe, expect, it } from 'vitest';
import { placeTooltip } from './MapTooltip';

const stage = { width: 328, height: 300 };
const size = { width: 200, height: 80 };
const inside = (p: { left: number; top: number }) =>
  p.left >= 0 && p.top >= 0 && p.left + size.width <= stage.width && p.top + size.height <= stage.height;

describe('placeTooltip', () => {
  it('goes above its target, centred, when there is room', () => {
    expect(placeTooltip({ x: 164, y: 200, height: 10, stageWidth: 328 }, size, stage, [])).toEqual({ left: 64, top: 110 });
  });

  it('stays inside the map near every edge and corner', () => {
    for (const [x, y] of [[2, 2], [326, 2], [2, 298], [326, 298], [164, 5], [164, 295]] as const) {
      expect(inside(placeTooltip({ x, y, height: 8, stageWidth: 328 }, size, stage, [])), `${x},${y}`).toBe(true);
    }
  });

  it('flips below its target near the top, and keeps clear of the Export button', () => {
    const exportButton = { left: 240, top: 0, right: 328, bottom: 44 };
    const p = placeTooltip({ x: 280, y: 60, height: 10, stageWidth: 328 }, size, stage, [exportButton]);
    expect(inside(p)).toBe(true);
    const overlaps = p.left < exportButton.right && exportButton.left < p.left + size.width && p.top < exportButton.bottom && exportButton.top < p.top + size.height;
    expect(overlaps).toBe(false);
  });
});
