/**
 * The `slide` layout of each chart, drawn hidden for the exporter (sizes.ts): it fits the box a
 * 16:9 slide leaves a plot beside the frame's column (about 790 × 650 at 1280 × 720), or, for the
 * membership chart and the milestones timeline, the wide, short box under the frame's legend (the
 * PowerPoint figure box), with labels of at least 12 px, so that on the slide none is drawn below
 * 11 px (the exporter's minimum).
 */
import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { exercisesLayout, labelBins, yearBins } from '../ExercisesByYear/exercisesByYearState';
import { labelYears, lanes, membershipLayout, yearCounts } from '../Membership/membershipState';
import { milestonePoints, milestonesLayout } from '../Milestones/milestonesState';
import { ratsGroups, ratsLayout } from '../RatsFigures/ratsFiguresState';
import { terrorismLayout, terrorismPanels } from '../Terrorism2020/terrorism2020State';
import { noOverlaps } from './labelLayout';
import { serverContext } from './serverContext';
import { ALL_SIZES, EXPORT_SIZE, withExportSize } from './sizes';

const ctx = serverContext('en');
/** The room beside the frame's column on a 1280 × 720 slide. */
const SIDE_BOX = { width: 800, height: 660 };
/** The room under a slide's header and legend, above its footer (a wide plot). */
const TOP_BOX = { width: 1220, height: 400 };

const fits = (layout: { width: number; height: number }, box: { width: number; height: number }) => layout.width <= box.width && layout.height <= box.height;
/** The largest scale at which a plot fits one of the boxes. */
const slideScale = (layout: { width: number; height: number }) =>
  Math.max(...[SIDE_BOX, TOP_BOX].map((b) => Math.min(b.width / layout.width, b.height / layout.height)));

describe('the slide layout', () => {
  it('is asked for after the on-screen sizes, never instead of them', () => {
    expect(withExportSize(ALL_SIZES)).toEqual(['full', 'compact', EXPORT_SIZE]);
    expect(withExportSize(['compact', EXPORT_SIZE])).toEqual(['compact', EXPORT_SIZE]);
    expect(ALL_SIZES).not.toContain(EXPORT_SIZE);
  });

  it('of the milestones timeline fits the slide’s wide figure box: two columns, earlier and later years, every milestone on one line, no label below 12 px', () => {
    const points = milestonePoints(milestones, ctx, { allKinds: false });
    const layout = milestonesLayout(points, ctx, 'slide', 'en');
    // The box (1200 × 340) and a rounding's worth of room.
    expect(fits(layout, { width: TOP_BOX.width, height: 345 })).toBe(true);
    expect(layout.font - 1).toBeGreaterThanOrEqual(12);
    expect(layout.points).toHaveLength(points.length);
    expect(layout.axes).toHaveLength(2);
    const [early, late] = layout.axes;
    const years = (axis: typeof early) => axis?.ticks.map((t) => t.year) ?? [];
    expect(Math.max(...years(early))).toBeLessThan(Math.min(...years(late)));
    for (const p of layout.points) expect(p.lines).toHaveLength(1);
    for (const axis of layout.axes) {
      const boxes = layout.points.filter((p) => p.axisX === axis.x).map((p) => ({ x: 0, y: p.labelY, width: 1, height: p.labelHeight }));
      expect(noOverlaps(boxes)).toBe(true);
    }
  });

  it('of the membership chart fits the slide’s wide figure box: every state’s lane, in two columns beside the step chart, labels at 12 px or more', () => {
    const laneRows = lanes(states, ctx.asOf, 'en');
    const layout = membershipLayout(labelYears(yearCounts(states, ctx.asOf), 'en'), laneRows, ctx.asOf, 'slide');
    expect(fits(layout, TOP_BOX)).toBe(true);
    expect(layout.lanes).toHaveLength(laneRows.length);
    expect(layout.font - 1).toBeGreaterThanOrEqual(12);
    // Two columns of lanes right of the step chart, each lane as tall as its 12 px name needs.
    const columns = [...new Set(layout.lanes.map((l) => l.labelX))];
    expect(columns).toHaveLength(2);
    expect(Math.min(...columns)).toBeGreaterThan(layout.plotRight);
    const [first, second] = layout.lanes;
    expect((second?.y ?? 0) - (first?.y ?? 0)).toBeGreaterThanOrEqual(15);
    // The selected year is marked over the step chart and both columns.
    expect(layout.years.every((y) => y.bands.length === 3)).toBe(true);
  });

  it('of the RATS figures fits beside the frame, its date line under what each figure counts; one line of that where two would not fit', () => {
    const groups = ratsGroups(ratsFigures, { allMetrics: false }, 'en');
    const layout = ratsLayout(groups, ctx, 'slide', 'en');
    expect(fits(layout, SIDE_BOX)).toBe(true);
    expect(layout.font - 1).toBeGreaterThanOrEqual(12);
    for (const p of layout.groups.flatMap((g) => g.points)) {
      // The date line sits a full line under what it counts, inside its row.
      expect(p.whenY - p.countsY).toBeGreaterThanOrEqual(layout.font);
      expect(p.whenY).toBeLessThanOrEqual(p.y + p.height);
    }
    // A lower box: what each figure counts on one line, and the rows fit it.
    const low = ratsLayout(groups, ctx, { width: 790, height: layout.height - 60 }, 'en');
    expect(low.height).toBeLessThanOrEqual(layout.height - 60);
    for (const p of low.groups.flatMap((g) => g.points)) expect(p.countsLines).toHaveLength(1);
    // The full layout keeps its two lines and its spacing.
    const full = ratsLayout(groups, ctx, 'full', 'en');
    for (const p of full.groups.flatMap((g) => g.points)) expect(p.countsY).toBe(p.y + 20);
  });

  it('of the wide charts (terrorism 2020, exercises by year) is their full layout, which a slide draws larger', () => {
    const terrorism = terrorismLayout(terrorismPanels(terrorismStats, ctx, { otherYears: false }), 'slide', 'en');
    const exercisesPlot = exercisesLayout(labelBins(yearBins(exercises, Number(ctx.asOf.slice(0, 4))), 'en'), 'slide');
    expect(slideScale(terrorism)).toBeGreaterThanOrEqual(1);
    expect(slideScale(exercisesPlot)).toBeGreaterThanOrEqual(1);
  });
});
