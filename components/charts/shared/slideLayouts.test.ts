/**
 * The `slide` layout of each chart, drawn hidden for the exporter (sizes.ts): it fits the box a
 * 16:9 slide leaves a plot beside the frame's column (about 790 × 650 at 1280 × 720), or, for the
 * membership chart, the milestones timeline and the RATS figures, the wide, short box under the
 * frame's legend (the PowerPoint figure box), with labels of at least 12 px, so that on the slide
 * none is drawn below 11 px (the exporter's minimum).
 */
import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { messages } from '@/lib/i18n';
import { exercisesLayout, labelBins, yearBins } from '../ExercisesByYear/exercisesByYearState';
import { labelYears, lanes, membershipLayout, yearCounts } from '../Membership/membershipState';
import { milestonePoints, milestonesLayout } from '../Milestones/milestonesState';
import { ratsGroups, ratsLayout, type RatsLayout } from '../RatsFigures/ratsFiguresState';
import { terrorismLayout, terrorismPanels } from '../Terrorism2020/terrorism2020State';
import { noOverlaps, type Box } from './labelLayout';
import { serverContext } from './serverContext';
import { ALL_SIZES, EXPORT_SIZE, SIZE_BOX, withExportSize } from './sizes';
import { STRONG, textWidth } from './textWidth';

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

  it('of the RATS figures in a box beside the frame fits it, its date line under what each figure counts; one line of that where two would not fit', () => {
    const groups = ratsGroups(ratsFigures, { allMetrics: false }, 'en');
    const layout = ratsLayout(groups, ctx, SIZE_BOX.slide, 'en');
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

  it.each(['en', 'ru', 'zh'] as const)('of the RATS figures fits the slide’s wide figure box: two panels side by side, every figure, no label below 12 px, none overlapping (%s)', (locale) => {
    const groups = ratsGroups(ratsFigures, { allMetrics: false }, locale);
    const layout = ratsLayout(groups, serverContext(locale), 'slide', locale);
    // The box (1200 × 320).
    expect(fits(layout, { width: TOP_BOX.width, height: 320 })).toBe(true);
    expect(layout.font - 1).toBeGreaterThanOrEqual(12);
    expect(layout.panels).toHaveLength(2);
    expect(layout.groups.map((g) => g.metric)).toEqual(groups.map((g) => g.metric));
    const points = layout.groups.flatMap((g) => g.points);
    expect(points.map((p) => p.id)).toEqual(groups.flatMap((g) => g.points.map((p) => p.id)));
    // One log scale: a decade as wide in both panels, each with its tick labels.
    const [left, right] = layout.panels;
    const decade = (panel: typeof left) => (panel?.ticks[1]?.x ?? 0) - (panel?.ticks[0]?.x ?? 0);
    expect(decade(right)).toBeCloseTo(decade(left), 1);
    expect(left?.ticks.map((t) => t.label)).toEqual(right?.ticks.map((t) => t.label));
    // What each figure counts whole; every contesting figure drawn on its row.
    for (const p of points) expect(p.countsLines.at(-1)?.endsWith('…')).toBe(false);
    for (const g of groups) for (const p of g.points) expect(points.find((q) => q.id === p.id)?.beside).toHaveLength(p.contestedBy.length);
    // Every word and mark inside the plot and its panel, none overlapping another.
    for (const panel of layout.panels) {
      const boxes = ratsWords(layout, messages(locale).charts.rats.contested).filter((b) => b.x >= panel.x - 20 && b.x < panel.x + panel.width);
      expect(noOverlaps(boxes)).toBe(true);
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(panel.x - 0.5);
        expect(b.x + b.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
        expect(b.y).toBeGreaterThanOrEqual(-0.5);
        expect(b.y + b.height).toBeLessThanOrEqual(layout.height + 0.5);
      }
    }
  });

  it('of the wide charts (terrorism 2020, exercises by year) is their full layout, which a slide draws larger', () => {
    const terrorism = terrorismLayout(terrorismPanels(terrorismStats, ctx, { otherYears: false }), 'slide', 'en');
    const exercisesPlot = exercisesLayout(labelBins(yearBins(exercises, Number(ctx.asOf.slice(0, 4))), 'en'), 'slide');
    expect(slideScale(terrorism)).toBeGreaterThanOrEqual(1);
    expect(slideScale(exercisesPlot)).toBeGreaterThanOrEqual(1);
  });
});

/** The boxes of the RATS plot's words and marks as RatsPlot.tsx draws them (text from its baseline). */
function ratsWords(layout: RatsLayout, contested: string): Box[] {
  const font = layout.font;
  const text = (x: number, baseline: number, width: number, size: number, anchor: 'start' | 'middle' | 'end' = 'start'): Box => ({
    x: anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2,
    y: baseline - size + 2,
    width,
    height: size,
  });
  const ticks = layout.panels.flatMap((p) => p.ticks.map((t) => text(t.x, 12, textWidth(t.label, font - 1), font - 1, 'middle')));
  const groups = layout.groups.flatMap((g) => [
    text(g.x + 16, g.y + 19, textWidth(g.label, font + 1, STRONG), font + 1),
    ...g.points.flatMap((p) => [
      ...p.countsLines.map((line, i) => text(g.x + 16, p.countsY + i * 16, textWidth(line, font), font)),
      text(g.x + 16, p.whenY, textWidth(p.whenLine, font - 1), font - 1),
      { x: p.cx - 5.5, y: p.cy - 5.5, width: Math.max(11, p.extendTo - p.cx + 5.5), height: 11 },
      text(p.label.x, p.cy + 4, textWidth(p.label.text, font, STRONG), font, p.label.anchor),
      ...(p.flagY !== undefined ? [{ x: g.x + 16, y: p.flagY - 7, width: 14 + textWidth(contested, font - 1), height: 14 }] : []),
      ...p.beside.flatMap((b) => [{ x: b.x - 6, y: b.cy - 6, width: 12, height: 12 }, text(b.textX, b.cy + 4, textWidth(b.text, font - 1, STRONG), font - 1, b.anchor)]),
    ]),
  ]);
  return [...ticks, ...groups];
}
