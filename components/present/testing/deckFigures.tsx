/**
 * Test support: each chart slide of the default briefing as "Download PowerPoint" renders its
 * figure, in one language. The slide's title and source line (the deck's own words) size the
 * figure box (slideLayout.ts); the chart's slide embed holds the plots its page draws (the
 * registry's `slideEmbedSize`, not laid out again, and the slide layout drawn for exports), drawn
 * here with the plot components to static markup, so the words measured are the words drawn; the
 * frame is the view's own, without its title and source line (`renderFrame(…, 'figure')`).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { CHART_ID, type ChartId } from '@/components/charts/chartIds';
import { chartEntry } from '@/components/charts/chartRegistry';
import { exercisesFrameSpec, labelBins, yearBins } from '@/components/charts/ExercisesByYear/exercisesByYearState';
import { ExercisesPlot } from '@/components/charts/ExercisesByYear/ExercisesPlot';
import { labelYears, lanes, membershipFrameSpec, yearCounts } from '@/components/charts/Membership/membershipState';
import { MembershipPlot } from '@/components/charts/Membership/MembershipPlot';
import { milestoneMark, milestonePoints, milestonesFrameSpec } from '@/components/charts/Milestones/milestonesState';
import { MilestonesPlot } from '@/components/charts/Milestones/MilestonesPlot';
import { ratsFrameSpec, ratsGroups, ratsSourceLabels } from '@/components/charts/RatsFigures/ratsFiguresState';
import { RatsPlot } from '@/components/charts/RatsFigures/RatsPlot';
import { terrorismFrameSpec, terrorismPanels } from '@/components/charts/Terrorism2020/terrorism2020State';
import { TerrorismPlot } from '@/components/charts/Terrorism2020/TerrorismPlot';
import { drawnText, type DrawnText } from '@/components/charts/shared/drawnText';
import { FIRST_SOURCE_ID, serverContext } from '@/components/charts/shared/serverContext';
import { withExportSize, type ChartSize } from '@/components/charts/shared/sizes';
import type { PlotSizes } from '@/components/export/frame/choosePlot';
import type { FrameSpec } from '@/components/frame/frameSpec';
import { figureBox, figurePixels } from '@/components/export/pptx/slideLayout';
import { exercises } from '@/data/exercises';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import type { SiteLocale } from '@/lib/messages/locales';
import { defaultDeck, SLIDE_KIND } from '../deck';
import { slideLibrary } from '../notes/slideLibrary.server';
import { pptxSlides } from '../pptxSlides';
import { deckWords } from '../words/deckWords.server';

/** A plot as the exporter sees it, with the words it draws. */
export interface DrawnPlot extends PlotSizes {
  size: ChartSize;
  width: number;
  height: number;
  texts: DrawnText[];
}

export interface DeckFigure {
  chart: ChartId;
  /** The figure box's pixels (2× a 1920 × 1080 slide). */
  size: { width: number; height: number };
  /** The view's frame without its title and source line, as the figure draws it. */
  frame: FrameSpec;
  /** The slide embed's plots, in the exporter's order: the slide layout first, then the one on screen. */
  plots: DrawnPlot[];
}

/** Each chart's view (its main plot and frame) drawn at one size, in `locale`. */
function chartView(id: ChartId, locale: SiteLocale): { frame: FrameSpec; draw: (size: ChartSize) => string; exportSize: boolean } {
  const ctx = serverContext(locale);
  const words = { title: 't', empty: 'none' };
  switch (id) {
    case CHART_ID.membership: {
      const counts = yearCounts(states, ctx.asOf);
      const spec = membershipFrameSpec(states, counts, ctx, FIRST_SOURCE_ID);
      const draw = (size: ChartSize) =>
        renderToStaticMarkup(
          <MembershipPlot counts={labelYears(counts, locale)} laneRows={lanes(states, ctx.asOf, locale)} words={{ yearsLabel: 'y', lanesLabel: 'l' }} asOf={ctx.asOf} title={spec.title} size={size} responsive={false} />,
        );
      return { frame: spec, draw, exportSize: true };
    }
    case CHART_ID.milestones: {
      const core = milestonePoints(milestones, ctx, { allKinds: false });
      const draw = (size: ChartSize) =>
        renderToStaticMarkup(<MilestonesPlot marks={core.map(milestoneMark)} words={words} asOf={ctx.asOf} locale={locale} variant="main" size={size} responsive={false} />);
      return { frame: milestonesFrameSpec(core, ctx, FIRST_SOURCE_ID), draw, exportSize: true };
    }
    case CHART_ID.terrorism2020: {
      const panels = terrorismPanels(terrorismStats, ctx, { otherYears: false });
      const draw = (size: ChartSize) => renderToStaticMarkup(<TerrorismPlot panels={panels} words={words} locale={locale} variant="main" size={size} responsive={false} />);
      return { frame: terrorismFrameSpec(terrorismStats, ctx, { otherYears: false, firstSourceId: FIRST_SOURCE_ID }), draw, exportSize: true };
    }
    case CHART_ID.ratsFigures: {
      const headline = ratsGroups(ratsFigures, { allMetrics: false }, locale);
      const labels = ratsSourceLabels(ratsGroups(ratsFigures, { allMetrics: true }, locale), ctx);
      const draw = (size: ChartSize) =>
        renderToStaticMarkup(<RatsPlot groups={headline} sourceLabels={labels} words={{ ...words, contested: 'contested' }} locale={locale} variant="main" size={size} responsive={false} />);
      return { frame: ratsFrameSpec(ratsFigures, ctx, { allMetrics: false, firstSourceId: FIRST_SOURCE_ID }), draw, exportSize: true };
    }
    case CHART_ID.exercisesByYear: {
      const bins = yearBins(exercises, Number(ctx.asOf.slice(0, 4)));
      const draw = (size: ChartSize) => renderToStaticMarkup(<ExercisesPlot bins={labelBins(bins, locale)} words={words} size={size} responsive={false} />);
      return { frame: exercisesFrameSpec(exercises, bins, ctx, FIRST_SOURCE_ID), draw, exportSize: false };
    }
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function drawnPlot(markup: string, size: ChartSize, exportOnly: boolean): DrawnPlot {
  const drawn = drawnText(markup);
  const sizes = drawn.texts.map((t) => t.size);
  return {
    size,
    width: drawn.width,
    height: drawn.height,
    texts: drawn.texts,
    viewBox: { width: drawn.width, height: drawn.height },
    rendered: !exportOnly,
    exportOnly,
    ...(sizes.length > 0 ? { textSize: median(sizes), minTextSize: Math.min(...sizes) } : {}),
  };
}

/** Every chart slide of the default deck in `locale`, as its PowerPoint figure is rendered. */
export function deckFigures(locale: SiteLocale): DeckFigure[] {
  const library = slideLibrary(locale);
  const deck = defaultDeck(library.views.maxYear);
  const specs = pptxSlides(deck, library, deckWords(locale));
  return deck.flatMap((slide, i) => {
    const spec = specs[i];
    if (slide.kind !== SLIDE_KIND.chart || !spec) return [];
    const view = chartView(slide.chart, locale);
    const shown = chartEntry(slide.chart, locale).slideEmbedSize;
    const sizes = view.exportSize ? withExportSize([shown]) : [shown];
    const plots = sizes.map((size) => drawnPlot(view.draw(size), size, size !== shown));
    // The exporter's order (capturePlot.ts): drawn for exports first, then the one on screen.
    plots.sort((a, b) => Number(!a.exportOnly) - Number(!b.exportOnly));
    return [{ chart: slide.chart, size: figurePixels(figureBox(spec)), frame: { ...view.frame, title: '', sourceLine: '' }, plots }];
  });
}
