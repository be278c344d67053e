import { describe, expect, it } from 'vitest';
import { MIN_TARGET_PX, needsTouchTarget } from './TouchTargets';

describe('needsTouchTarget', () => {
  it('gives a target to a state narrower than a finger on screen, in either direction', () => {
    // 10 × 60 viewBox units: 4 px wide on a phone's map (0.4 px per unit), 8 px on a laptop's.
    const narrow: [[number, number], [number, number]] = [[0, 0], [10, 60]];
    expect(needsTouchTarget(narrow, 0.4)).toBe(true);
    expect(needsTouchTarget(narrow, 0.8)).toBe(true);
  });

  it('leaves a state that is already large enough alone', () => {
    const wide: [[number, number], [number, number]] = [[0, 0], [MIN_TARGET_PX / 0.4, 100]];
    expect(needsTouchTarget(wide, 0.4)).toBe(false);
    expect(needsTouchTarget(wide, 0.3)).toBe(true);
  });
});
