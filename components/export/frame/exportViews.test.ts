/**
 * Every chart and the map, at every export size, laid out as the exporter lays them out (the
 * real frames, the plots each view holds, the real fonts): every word and mark inside the image,
 * no word over the plot, and no word smaller than MIN_TEXT_PX at 1×.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import type { FrameSpec } from '@/components/frame/frameSpec';
import { exercisesFrameSpec, exercisesLayout, labelBins, yearBins } from '@/components/charts/ExercisesByYear/exercisesByYearState';
import { labelYears, lanes, membershipFrameSpec, membershipLayout, yearCounts } from '@/components/charts/Membership/membershipState';
import { milestonePoints, milestonesFrameSpec, milestonesLayout } from '@/components/charts/Milestones/milestonesState';
import { ratsFrameSpec, ratsGroups, ratsLayout } from '@/components/charts/RatsFigures/ratsFiguresState';
import { terrorismFrameSpec, terrorismLayout, terrorismPanels } from '@/components/charts/Terrorism2020/terrorism2020State';
import { FIRST_SOURCE_ID, serverContext } from '@/components/charts/shared/serverContext';
import type { ChartSize } from '@/components/charts/shared/sizes';
import { selectMapData } from '@/components/map/mapData';
import { mapFrameSpec } from '@/components/map/mapExport';
import { serverMapText } from '@/components/map/serverMapText.server';
import { eventsUpTo, exercisesShown, legendCounts, statusesInYear } from '@/components/map/mapModel';
import { ALL_KINDS, ALL_LAYERS } from '@/components/map/urlState';
import type { ExportSize } from '../fileName';
import { EXTRA_SUBSETS } from '../fonts/exportFont';
import { loadTestFonts, loadTestSubset } from '../fonts/testFonts';
import { TextShaper } from '../fonts/textShaper';
import { ASCENT, DESCENT } from './frameBlocks';
import { choosePlot, type PlotSizes } from './choosePlot';
import { MIN_TEXT_PX, pixelRatio, type FrameFooter, type FrameLayout, type TextOp } from './frameLayout';

let shaper: TextShaper;
beforeAll(async () => {
  shaper = new TextShaper(await loadTestFonts(), await Promise.all(EXTRA_SUBSETS.map((s) => loadTestSubset(s))));
});

const SIZES: [string, ExportSize][] = [
  ['PNG 1×', { scale: 1 }],
  ['PNG 2×', { scale: 2 }],
  ['PNG 4×', { scale: 4 }],
  ['PNG 1920 × 1080', { width: 1920, height: 1080 }],
  ['PNG 1200 × 675', { width: 1200, height: 675 }],
];

interface View {
  name: string;
  frame: FrameSpec;
  notes?: string[];
  /** The plot at each size a page draws: its viewBox and its labels' sizes (as its component draws them). */
  plot: (size: ChartSize) => Omit<PlotSizes, 'rendered' | 'exportOnly'>;
  /** The sizes a page holds besides the slide layout: a chart page both, an embed compact only. */
  pages: ChartSize[][];
  /** When the chart draws its slide layout (its component's `withExportSize`). */
  slide: 'always' | 'withoutFull' | 'never';
}

const ctx = serverContext('en');
/** Labels a chart draws at its layout's font and one pixel smaller (dates, ticks, sources). */
const labels = (layout: { width: number; height: number; font: number }, smallest = layout.font - 1) => ({
  viewBox: { width: layout.width, height: layout.height },
  textSize: layout.font,
  minTextSize: smallest,
});
const CHART_PAGES: ChartSize[][] = [['full', 'compact'], ['compact']];

function chartViews(): View[] {
  const core = milestonePoints(milestones, ctx, { allKinds: false });
  const headline = ratsGroups(ratsFigures, { allMetrics: false }, 'en');
  const seed = terrorismPanels(terrorismStats, ctx, { otherYears: false });
  const counts = yearCounts(states, ctx.asOf);
  const laneRows = lanes(states, ctx.asOf, 'en');
  const bins = yearBins(exercises, Number(ctx.asOf.slice(0, 4)));
  return [
    {
      name: 'terrorism-2020',
      frame: terrorismFrameSpec(terrorismStats, ctx, { otherYears: false, firstSourceId: FIRST_SOURCE_ID }),
      // Bar labels at 13 px, panel titles at 14, flags at 12 (Terrorism2020.tsx).
      plot: (size) => labels({ ...terrorismLayout(seed, size, 'en'), font: 13 }, 12),
      pages: CHART_PAGES,
      slide: 'withoutFull',
    },
    {
      name: 'rats-figures',
      frame: ratsFrameSpec(ratsFigures, ctx, { allMetrics: false, firstSourceId: FIRST_SOURCE_ID }),
      plot: (size) => labels(ratsLayout(headline, ctx, size, 'en')),
      pages: CHART_PAGES,
      slide: 'always',
    },
    {
      name: 'membership',
      frame: membershipFrameSpec(states, counts, ctx, FIRST_SOURCE_ID),
      plot: (size) => labels(membershipLayout(labelYears(counts, 'en'), laneRows, ctx.asOf, size)),
      pages: CHART_PAGES,
      slide: 'always',
    },
    {
      name: 'exercises-by-year',
      frame: exercisesFrameSpec(exercises, bins, ctx, FIRST_SOURCE_ID),
      plot: (size) => labels(exercisesLayout(labelBins(bins, 'en'), size), exercisesLayout(labelBins(bins, 'en'), size).font),
      pages: CHART_PAGES,
      slide: 'never',
    },
    {
      name: 'milestones',
      frame: milestonesFrameSpec(core, ctx, FIRST_SOURCE_ID),
      plot: (size) => labels(milestonesLayout(core, ctx, size, 'en')),
      pages: CHART_PAGES,
      slide: 'always',
    },
  ];
}

const mapData = selectMapData({ states, exercises, incidents, sources, asOfDate: '2025-09-01', currentYear: 2026 });

function mapView(year: number): View {
  const frame = mapFrameSpec({
    data: mapData,
    year,
    layers: ALL_LAYERS,
    kinds: ALL_KINDS,
    counts: legendCounts(mapData.states, year, mapData.asOf),
    statuses: statusesInYear(mapData.states, year, mapData.asOf),
    exercises: exercisesShown(mapData.exercises, year, ALL_KINDS),
    incidents: eventsUpTo(mapData.incidents, year),
    judgedText: `As on 31 December ${year}.`,
  }, serverMapText('en'));
  return {
    name: `map ${year}`,
    frame,
    notes: ['Boundaries are Natural Earth’s de facto lines and imply no endorsement.'],
    // The map (1000 × 866) has words only when zoomed in: capital names at 11 px, which an export may leave out.
    plot: () => ({ viewBox: { width: 1000, height: 866 }, optionalMinTextSize: 11 }),
    pages: [['full']],
    slide: 'never',
  };
}

function footerFor(view: View): FrameFooter {
  return {
    asOf: 'Data as of 10 March 2026',
    link: { text: `sco-atlas.example${view.frame.url}?year=2017&layers=members,exercises,incidents,capitals`, href: `https://sco-atlas.example${view.frame.url}` },
    notes: view.notes ?? [],
  };
}

/** What one page holds: the slide layout first (drawn for exports), then the page's sizes, the first on screen. */
function plotsOnPage(view: View, page: ChartSize[]): PlotSizes[] {
  const drawn = view.slide === 'always' || (view.slide === 'withoutFull' && !page.includes('full'));
  return [
    ...(drawn ? [{ ...view.plot('slide'), rendered: false, exportOnly: true }] : []),
    ...page.map((size, i) => ({ ...view.plot(size), rendered: i === 0 })),
  ];
}

const texts = (layout: FrameLayout) => layout.ops.filter((o): o is TextOp => o.kind === 'text');

/** A word's box as drawn: its measured width from its anchor, ascent above and descent below its baseline. */
function box(op: TextOp) {
  const w = shaper.width(op.text, op.size, op.weight);
  const left = op.anchor === 'start' ? op.x : op.x - w;
  return { left, right: left + w, top: op.y - op.size * ASCENT, bottom: op.y + op.size * DESCENT };
}

function expectWhole(layout: FrameLayout, where: string): void {
  const eps = 0.01;
  for (const op of layout.ops) {
    const b =
      op.kind === 'text'
        ? box(op)
        : op.kind === 'swatch'
          ? { left: op.x, right: op.x + op.size * 2, top: op.y, bottom: op.y + op.size }
          : { left: op.x1, right: op.x2, top: op.y - op.width / 2, bottom: op.y + op.width / 2 };
    const label = `${where}: ${op.kind} ${op.kind === 'text' ? `"${op.text.slice(0, 40)}"` : ''}`;
    expect(b.left, label).toBeGreaterThanOrEqual(-eps);
    expect(b.right, label).toBeLessThanOrEqual(layout.width + eps);
    expect(b.top, label).toBeGreaterThanOrEqual(-eps);
    expect(b.bottom, label).toBeLessThanOrEqual(layout.height + eps);
  }
  const p = layout.plot;
  expect(p.x, `${where}: plot`).toBeGreaterThanOrEqual(-eps);
  expect(p.y, `${where}: plot`).toBeGreaterThanOrEqual(-eps);
  expect(p.x + p.width, `${where}: plot`).toBeLessThanOrEqual(layout.width + eps);
  expect(p.y + p.height, `${where}: plot`).toBeLessThanOrEqual(layout.height + eps);
  // No word over the plot.
  for (const op of texts(layout)) {
    const b = box(op);
    const overlaps = b.left < p.x + p.width && b.right > p.x && b.top < p.y + p.height && b.bottom > p.y;
    expect(overlaps, `${where}: "${op.text.slice(0, 40)}" over the plot`).toBe(false);
  }
}

describe.each([...chartViews(), mapView(2017), mapView(2026)])('the export of $name', (view) => {
  it.each(SIZES)('%s: every word and mark inside the image, none over the plot, none below the minimum size', (label, size) => {
    for (const page of view.pages) {
      const where = `${view.name} ${label} (${page.join('+')} on the page)`;
      const choice = choosePlot(plotsOnPage(view, page), { spec: view.frame, footer: footerFor(view), size, measure: shaper, lang: 'en' });
      expect(choice, where).toBeDefined();
      if (!choice) continue;
      const { layout } = choice;
      expectWhole(layout, where);
      expect(layout.readable, `${where}: smallest word ${layout.minTextPx.toFixed(2)} px`).toBe(true);
      expect(layout.minTextPx).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
      // Each frame word, at 1×, is at least the minimum (the plot's labels are checked through minTextPx).
      for (const op of texts(layout)) expect(op.size * pixelRatio(size), `${where}: ${op.role}`).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
    }
  });
});

describe('a view with no plot readable at a slide size', () => {
  it('is reported unreadable, not shrunk: the milestones timeline without its slide layout', () => {
    const [view] = chartViews().filter((v) => v.name === 'milestones');
    if (!view) throw new Error('no milestones view');
    const onScreen = plotsOnPage(view, ['full', 'compact']).filter((p) => !p.exportOnly);
    const choice = choosePlot(onScreen, { spec: view.frame, footer: footerFor(view), size: { width: 1200, height: 675 }, measure: shaper, lang: 'en' });
    expect(choice?.layout.readable).toBe(false);
    expect(choice?.layout.minTextPx).toBeLessThan(MIN_TEXT_PX);
    // With it, the slide layout is drawn, at no less than its own size.
    const withSlide = choosePlot(plotsOnPage(view, ['full', 'compact']), { spec: view.frame, footer: footerFor(view), size: { width: 1200, height: 675 }, measure: shaper, lang: 'en' });
    expect(withSlide?.index).toBe(0);
    expect(withSlide?.layout.readable).toBe(true);
  });

  it('leaves out optional words (the map’s place names) that would be too small, and keeps them where they are not', () => {
    const view = mapView(2017);
    const plots = plotsOnPage(view, ['full']);
    const slide = choosePlot(plots, { spec: view.frame, footer: footerFor(view), size: { width: 1200, height: 675 }, measure: shaper, lang: 'en' });
    expect(slide?.keepOptional).toBe(false);
    const twice = choosePlot(plots, { spec: view.frame, footer: footerFor(view), size: { scale: 2 }, measure: shaper, lang: 'en' });
    expect(twice?.keepOptional).toBe(true);
  });
});

describe('a plot whose labels are smaller than the minimum, at a scale', () => {
  it('is enlarged until they reach it, not drawn at its on-screen size', () => {
    const [view] = chartViews();
    if (!view) throw new Error('no view');
    const small: PlotSizes = { viewBox: { width: 700, height: 300 }, rendered: true, textSize: 10, minTextSize: 8.8 };
    const choice = choosePlot([small], { spec: view.frame, footer: footerFor(view), size: { scale: 1 }, measure: shaper, lang: 'en' });
    expect(choice?.layout.plot.scale).toBeCloseTo(MIN_TEXT_PX / 8.8, 2);
    expect(choice?.layout.readable).toBe(true);
  });
});

