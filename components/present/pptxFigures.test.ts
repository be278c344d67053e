/**
 * "Download PowerPoint" on the default briefing: every chart slide's figure, rendered at the
 * slide's figure box (wide and short: the slide less its title and footer), is drawn at a plot
 * whose every word is readable there (MIN_TEXT_PX at 1×), in English, Russian and Chinese: none
 * falls back to the layout that came closest. The tall charts (membership, milestones, the RATS
 * figures) have a slide layout laid out for that box: every word of it inside the plot.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHART_ID } from '@/components/charts/chartIds';
import { choosePlot } from '@/components/export/frame/choosePlot';
import { MIN_TEXT_PX, type FrameLayout } from '@/components/export/frame/frameLayout';
import { EXTRA_SUBSETS } from '@/components/export/fonts/exportFont';
import { loadTestFonts, loadTestSubset } from '@/components/export/fonts/testFonts';
import { TextShaper } from '@/components/export/fonts/textShaper';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { deckFigures, type DeckFigure } from './testing/deckFigures';

vi.mock('next/navigation', () => ({ useSearchParams: () => new URLSearchParams(), usePathname: () => '/embed/' }));

let shaper: TextShaper;
beforeAll(async () => {
  shaper = new TextShaper(await loadTestFonts(), await Promise.all(EXTRA_SUBSETS.map((s) => loadTestSubset(s))));
});

const LOCALES: SiteLocale[] = ['en', 'ru', 'zh'];
/** The charts whose slide layout is laid out for the wide figure box (the others' on-screen layout is wide already). */
const WIDE_SLIDE: readonly string[] = [CHART_ID.membership, CHART_ID.milestones, CHART_ID.ratsFigures];
const NO_FOOTER = { asOf: '', link: { text: '', href: '' }, notes: [] };

/** The figure's frame and plot, as `slideImage` lays them out. */
function figureLayout(figure: DeckFigure, locale: SiteLocale) {
  const choice = choosePlot(figure.plots, { spec: figure.frame, footer: NO_FOOTER, size: figure.size, measure: shaper, lang: LOCALE_TAGS[locale] });
  if (!choice) throw new Error(`${figure.chart}: no plot`);
  const plot = figure.plots[choice.index];
  if (!plot) throw new Error(`${figure.chart}: no plot ${choice.index}`);
  return { layout: choice.layout, plot };
}

/** The smallest word of the plot as drawn in the figure, in px at 1×. */
const smallestPlotWord = (layout: FrameLayout, minTextSize: number) => minTextSize * layout.plot.scale;

describe.each(LOCALES)('the default briefing’s PowerPoint figures (%s)', (locale) => {
  const figures = deckFigures(locale);

  it('has every chart of the deck, each in a wide, short box', () => {
    expect(figures.map((f) => f.chart).sort()).toEqual(Object.values(CHART_ID).sort());
    for (const f of figures) expect(f.size.width / f.size.height).toBeGreaterThan(2);
  });

  it.each(figures.map((f) => [f.chart, f] as const))('%s: drawn at a readable plot, not at the closest layout', (chart, figure) => {
    const { layout, plot } = figureLayout(figure, locale);
    expect(layout.readable, `${chart}: smallest word ${layout.minTextPx.toFixed(2)} px`).toBe(true);
    expect(layout.minTextPx).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
    expect(smallestPlotWord(layout, plot.minTextSize ?? Infinity)).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
  });
});

describe.each(LOCALES)('the membership, milestones and RATS figures in PowerPoint (%s)', (locale) => {
  const tall = deckFigures(locale).filter((f) => WIDE_SLIDE.includes(f.chart));

  it.each(tall.map((f) => [f.chart, f] as const))('%s: the slide layout is drawn, every word ≥ the minimum and inside the plot', (chart, figure) => {
    const { layout, plot } = figureLayout(figure, locale);
    expect(plot.size, chart).toBe('slide');
    const eps = 0.5;
    for (const t of plot.texts) {
      expect(t.size * layout.plot.scale, `"${t.text}" at ${(t.size * layout.plot.scale).toFixed(2)} px`).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
      expect(t.box.left, t.text).toBeGreaterThanOrEqual(-eps);
      expect(t.box.right, t.text).toBeLessThanOrEqual(plot.width + eps);
      expect(t.box.top, t.text).toBeGreaterThanOrEqual(-eps);
      expect(t.box.bottom, t.text).toBeLessThanOrEqual(plot.height + eps);
    }
    // The plot fills the box's width more than its height would allow a tall chart.
    expect(layout.plot.width).toBeGreaterThan(layout.width * 0.6);
  });
});
