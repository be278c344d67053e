import { describe, expect, it } from 'vitest';
import { ratsFigures } from '@/data/ratsFigures';
import type { RatsFigure } from '@/data/schema';
import { noOverlaps } from '../shared/labelLayout';
import { CTX } from '../shared/testFixtures';
import { textWidth } from '../shared/textWidth';
import { logDomain, ratsGroups, ratsLayout, ratsTips, toRows } from './ratsFiguresState';

const real: readonly RatsFigure[] = ratsFigures;
const headline = () => ratsGroups(real, { allMetrics: false }, 'en');
const all = () => ratsGroups(real, { allMetrics: true }, 'en');
const find = (value: number, date: string) => all().flatMap((g) => g.points).find((p) => p.value === value && p.date.startsWith(date));

describe('ratsGroups', () => {
  it('never puts two metrics in one group, and lists each figure once', () => {
    const groups = all();
    for (const g of groups) expect(g.points.every((p) => p.metric === g.metric)).toBe(true);
    expect(groups.flatMap((g) => g.points)).toHaveLength(real.length);
  });

  it('leaves the miscellaneous results out until they are asked for', () => {
    expect(headline().some((g) => g.metric === 'other')).toBe(false);
    expect(all().some((g) => g.metric === 'other')).toBe(true);
  });

  it('flags the article’s 45,000 of March 2019 as contested, with the 4,500 beside it', () => {
    const article = find(45000, '2019-03');
    expect(article?.contested).toBe(true);
    expect(article?.valueText).toBe('more than 45,000');
    expect(article?.contestedBy.map((o) => o.valueText)).toEqual(['more than 4,500']);
    expect(find(4500, '2019-03')?.contestedBy.map((o) => o.valueText)).toEqual(['more than 45,000']);
  });
});

describe('ratsLayout', () => {
  for (const size of ['full', 'compact'] as const) {
    const layout = ratsLayout(all(), CTX, size, 'en');
    const points = layout.groups.flatMap((g) => g.points);

    it(`keeps every mark inside its own row, so no line can join two figures (${size})`, () => {
      for (const p of points) {
        expect(p.cy).toBeGreaterThan(p.y);
        expect(p.cy).toBeLessThan(p.y + p.height);
        for (const b of p.beside) expect(b.cy).toBeLessThan(p.y + p.height);
      }
      expect(noOverlaps(points.map((p) => ({ x: 0, y: p.y, width: 1, height: p.height })))).toBe(true);
    });

    it(`keeps value labels inside the chart (${size})`, () => {
      for (const p of points) {
        const w = textWidth(p.label.text, layout.font);
        if (p.label.anchor === 'start') expect(p.label.x + w).toBeLessThanOrEqual(layout.width);
        else expect(p.label.x - w).toBeGreaterThanOrEqual(layout.plotLeft - 40);
      }
    });
  }

  it('draws the 4,500 on the 45,000’s row, a tenth of the way along a log axis', () => {
    const layout = ratsLayout(headline(), CTX, 'full', 'en');
    const row = layout.groups.flatMap((g) => g.points).find((p) => p.label.text === 'more than 45,000');
    const ring = row?.beside[0];
    expect(row?.flagY).toBeDefined();
    expect(ring?.text).toBe('vs more than 4,500 (15 March 2019)');
    const decade = (layout.ticks[1]?.x ?? 0) - (layout.ticks[0]?.x ?? 0);
    expect((row?.cx ?? 0) - (ring?.x ?? 0)).toBeCloseTo(decade, 0);
  });
});

describe('logDomain', () => {
  it('spans whole powers of ten around the values', () => {
    expect(logDomain([20, 45000])).toEqual([10, 100000]);
    expect(logDomain([8, 1000000])).toEqual([1, 1000000]);
    expect(logDomain([])).toEqual([1, 10]);
  });
});

describe('toRows and tips', () => {
  it('lists the contested figure with what contests it', () => {
    const row = toRows(headline(), CTX).rows.find((r) => r.value === 45000);
    expect(row).toMatchObject({ date: 'March 2019', valueText: 'more than 45,000', contested: 'yes' });
    expect(String(row?.contestedBy)).toContain('more than 4,500');
  });
  it('puts the contesting figure in the tooltip’s flag line', () => {
    const id = find(45000, '2019-03')?.id ?? '';
    expect(ratsTips(headline(), CTX)[id]?.flag).toContain('more than 4,500');
  });
});
