import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelCandidate } from './labelLayout';

const label = (key: string, x: number, y: number, priority = 1, width = 50): LabelCandidate => ({ key, x, y, width, height: 12, priority });

describe('placeLabels', () => {
  it('puts a lone label to the right of its dot', () => {
    expect(placeLabels([label('Minsk', 100, 100)]).get('Minsk')?.side).toBe('right');
  });

  it('never lets two placed labels overlap', () => {
    const crowd = [label('Tashkent', 100, 100), label('Dushanbe', 104, 104), label('Bishkek', 110, 98), label('Astana', 102, 96)];
    const boxes = [...placeLabels(crowd).values()].map((p) => p.box);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it('gives the higher-priority label the first choice and moves or drops the other', () => {
    const placed = placeLabels([label('observer', 100, 100, 2), label('member', 100, 100, 1)]);
    expect(placed.get('member')?.side).toBe('right');
    expect(placed.get('observer')?.side).not.toBe('right');
  });

  it('moves a label off an obstacle such as a marker', () => {
    const placed = placeLabels([label('Bishkek', 100, 100)], [{ x0: 104, y0: 90, x1: 160, y1: 110 }]);
    expect(placed.get('Bishkek')?.side).toBe('left');
  });

  it('keeps labels inside the bounds when given', () => {
    const placed = placeLabels([label('Vladivostok', 990, 100)], [], { x0: 0, y0: 0, x1: 1000, y1: 866 });
    expect(placed.get('Vladivostok')?.side).toBe('left');
  });
});
