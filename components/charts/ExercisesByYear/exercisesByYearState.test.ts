import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { EXERCISE_KIND, type Exercise } from '@/data/schema';
import { noOverlaps } from '../shared/labelLayout';
import { CTX } from '../shared/testFixtures';
import { textWidth } from '../shared/textWidth';
import { exercisesLayout, KINDS, labelBins, toRows, yearBins, type ExerciseInput } from './exercisesByYearState';

const FIXTURE: ExerciseInput[] = [
  { id: 'a', name: 'Peace Mission 2005', kind: 'military', start: '2005-08-18' },
  { id: 'b', name: 'Tianshan-I', kind: 'lawEnforcement', start: '2006-08-24' },
  { id: 'c', name: 'Peace Mission 2007', kind: 'military', start: '2007-08-09' },
  { id: 'd', name: 'Xiamen', kind: 'cyber', start: '2007-10' },
  { id: 'e', name: 'Solidarity 2019-2021', kind: 'borderOperation', start: '2009' },
];

describe('yearBins', () => {
  it('counts each exercise once, in the year it began, by kind', () => {
    const bins = yearBins(FIXTURE, 2009);
    expect(bins.map((b) => b.year)).toEqual([2005, 2006, 2007, 2008, 2009]);
    expect(bins.find((b) => b.year === 2007)?.byKind).toEqual({ military: 1, lawEnforcement: 0, cyber: 1, borderOperation: 0 });
    expect(bins.find((b) => b.year === 2008)?.total).toBe(0);
    expect(bins.reduce((s, b) => s + b.total, 0)).toBe(FIXTURE.length);
  });

  it('runs the axis on to the data date’s year', () => {
    expect(yearBins(FIXTURE, 2012).at(-1)?.year).toBe(2012);
  });

  it('with the real exercises: every one counted, 2019’s three kinds stacked', () => {
    const real: readonly Exercise[] = exercises;
    const bins = yearBins(real, 2025);
    expect(bins.reduce((s, b) => s + b.total, 0)).toBe(real.length);
    const y2019 = bins.find((b) => b.year === 2019);
    expect(y2019?.byKind).toMatchObject({ lawEnforcement: 1, cyber: 1, borderOperation: 1 });
  });
});

describe('exercisesLayout', () => {
  for (const size of ['full', 'compact'] as const) {
    const layout = exercisesLayout(labelBins(yearBins(FIXTURE, 2020), 'en'), size);
    it(`stacks kinds without gaps, heights proportional to counts (${size})`, () => {
      const y2007 = layout.stacks.find((s) => s.year === 2007);
      const [first, second] = y2007?.segments ?? [];
      expect(first?.kind).toBe('military');
      expect(second?.kind).toBe('cyber');
      expect(first?.height).toBeCloseTo(second?.height ?? 0, 0);
      expect((second?.y ?? 0) + (second?.height ?? 0)).toBeCloseTo(first?.y ?? 0, 0);
    });
    it(`labels years without their labels touching (${size})`, () => {
      const boxes = layout.xTicks.map((t) => ({ x: t.x - textWidth(String(t.year), layout.font) / 2, y: 0, width: textWidth(String(t.year), layout.font), height: 10 }));
      expect(noOverlaps(boxes, 4)).toBe(true);
    });
  }
});

describe('toRows', () => {
  it('lists every year on the axis, gaps included, with the names', () => {
    const rows = toRows(yearBins(FIXTURE, 2009), CTX).rows;
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.year === '2007')).toMatchObject({ total: 2, military: 1, cyber: 1, names: 'Peace Mission 2007; Xiamen' });
  });
});

describe('the kinds a stack is built of', () => {
  it('are every kind of the schema, in its order (the plot bundles the list, not the schema)', () => {
    expect(KINDS).toEqual(Object.values(EXERCISE_KIND));
  });
});
