/**
 * What a PowerPoint back-end needs of each slide of a deck: its title, its speaker notes as text,
 * its source line and as-of date, the live view's address, a text slide's paragraphs, and the
 * figure to capture — a chart id (the chart's embed or page) or the map's query. The same words
 * the deck shows (slideText.ts), so the .pptx never disagrees with the screen. `toPptxSlide` adds
 * what the browser captured (the figure) and the editable charts the server page passed. Pure.
 */
import type { ChartId } from '@/components/charts/chartIds';
import type { NativeChart, PptxSlide, SlideImage } from '@/components/export/pptx/deckTypes';
import { MAP_EMBED_ID } from '@/components/embed/embedLayout';
import { paths } from '@/lib/paths';
import { SLIDE_KIND, type Slide } from './deck';
import { resolveSlide, slideNotesText, type SlideLibrary } from './slideText';
import { viewChecker } from './viewQuery';
import { say, type DeckWords } from './words/deckWords';

export interface PptxSlideSpec {
  title: string;
  /** Plain text for the notes pane: key figures, contested, sources with links. */
  notes: string;
  /** "Source: Su Chang & Li Xinwei (2021); …". */
  sourceLine: string;
  /** The data date as the slide words it, in the deck's language: "Data as of 10 March 2026". */
  asOf: string;
  /** The live view in the deck's language, site-relative: `/?year=2001`, `/ru/charts/terrorism-2020/`, `/sources/`. */
  path: string;
  /** The chart the slide shows (`/embed/<chartId>/` or `/charts/<chartId>/`), if it is a chart slide. */
  chartId?: ChartId;
  /** The map view the slide shows (`/?<mapQuery>`, `/embed/map/?<mapQuery>`), if it is a map slide. */
  mapQuery?: string;
  /** The view's query as the chart's embed takes it (`year=2017`), on a chart slide. */
  chartQuery?: string;
  /** A text slide's paragraphs (title, contested figures, sources), as the slide shows them. */
  body?: string[];
  /** The deck's title slide. */
  layout?: 'title';
}

/** Each language as Office names it (the .pptx's `lang`: spelling, and the East Asian font for Chinese). */
export const PPTX_LANG: Readonly<Record<DeckWords['locale'], string>> = { en: 'en-US', ru: 'ru-RU', zh: 'zh-CN' };

/** The editable versions of the charts that have them (`nativeChartsFor` on the server). */
export type NativeChartLibrary = Readonly<Partial<Record<ChartId, readonly NativeChart[]>>>;

/** Each slide of `slides`, in order, as a PowerPoint back-end writes it, in the deck's language. */
export function pptxSlides(slides: readonly Slide[], library: SlideLibrary, words: Pick<DeckWords, 'locale' | 'notes'>): PptxSlideSpec[] {
  const views = viewChecker(library.views);
  const { locale } = words;
  return slides.map((slide): PptxSlideSpec => {
    const resolved = resolveSlide(slide, library, views);
    const { text } = resolved;
    const base = { title: text.title, notes: slideNotesText(resolved, words), sourceLine: text.sourceLine, asOf: text.asOfText };
    switch (slide.kind) {
      case SLIDE_KIND.chart: {
        const query = views.chart(slide.chart, slide.query);
        return { ...base, path: paths.chart(slide.chart, { locale, query }), chartId: slide.chart, chartQuery: query };
      }
      case SLIDE_KIND.map: {
        const mapQuery = views.map(slide.query);
        return { ...base, path: paths.home({ locale, query: mapQuery }), mapQuery };
      }
      case SLIDE_KIND.title: {
        const { lede, facts } = library.title.content;
        return { ...base, path: paths.home({ locale }), body: [lede, facts], layout: 'title' };
      }
      case SLIDE_KIND.contested: {
        const { subtitle, items, more } = library.contested;
        return { ...base, path: paths.contested({ locale }), body: [subtitle, ...items.map((i) => i.line), more] };
      }
      case SLIDE_KIND.sources: {
        const { subtitle, items, more } = library.sources;
        return { ...base, path: paths.sources({ locale }), body: [subtitle, ...items.map((i) => i.text), more] };
      }
    }
  });
}

/** A figure slide's embed: the map's or the chart's, with the view's query. */
export function figureEmbed(spec: PptxSlideSpec): { id: string; query: string } | undefined {
  if (spec.mapQuery !== undefined) return { id: MAP_EMBED_ID, query: spec.mapQuery };
  if (spec.chartId !== undefined) return { id: spec.chartId, query: spec.chartQuery ?? '' };
  return undefined;
}

/**
 * The slide as the .pptx takes it: the figure captured in the browser, the chart's editable versions
 * (on a slide of their own, titled and explained in the deck's language).
 */
export function toPptxSlide(
  spec: PptxSlideSpec,
  origin: string,
  image: SlideImage | undefined,
  natives: NativeChartLibrary,
  words: Pick<DeckWords, 'locale' | 'pptx'>,
): PptxSlide {
  const nativeChart = spec.chartId === undefined ? undefined : natives[spec.chartId];
  const editable = { title: say(words, words.pptx.editableTitle, { title: spec.title }), note: say(words, words.pptx.editableNote) };
  return {
    title: spec.title,
    notes: spec.notes,
    sourceLine: spec.sourceLine,
    asOf: spec.asOf,
    link: new URL(spec.path, origin).toString(),
    ...(image ? { image } : {}),
    ...(nativeChart !== undefined && nativeChart.length > 0 ? { nativeChart, editable } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.layout ? { layout: spec.layout } : {}),
  };
}
