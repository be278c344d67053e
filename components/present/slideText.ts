/**
 * The words of each slide — title, source line, as-of date and speaker notes — as plain data. The
 * server works them out from the datasets with the charts' and the map's own state modules
 * (notes/*.ts → SlideLibrary), so the notes never disagree with the slide; the client only picks the
 * entry a slide needs (resolveSlide) and, for PowerPoint, writes them as text (pptxSlides.ts). Pure.
 */
import type { ChartId } from '@/components/charts/chartIds';
import { SLIDE_KIND, type Slide } from './deck';
import type { ViewChecker, ViewContext } from './viewQuery';
import { say, type DeckWords } from './words/deckWords';

/** A source as the notes cite it: a short citation and where to read it. */
export interface NoteSource {
  /** "TASS (2021)". */
  label: string;
  /** The source's page, or its entry on /sources/. */
  url: string;
}

/** Speaker notes: what to say, what is disputed and by whom, and where it comes from. */
export interface SlideNotes {
  figures: string[];
  contested: string[];
  sources: NoteSource[];
}

export interface SlideText {
  title: string;
  subtitle: string;
  /** "Source: Su Chang & Li Xinwei (2021); TASS (2020, 2022)". */
  sourceLine: string;
  /** The data date (`YYYY-MM-DD`). */
  asOf: string;
  /** The data date as the slide words it, in the deck's language: "Data as of 10 March 2026". */
  asOfText: string;
  notes: SlideNotes;
}

/** The title slide's own content. */
export interface TitleContent {
  eyebrow: string;
  lede: string;
  facts: string;
  asOfText: string;
}

/** One contested figure on the contested slide: what it is and each version with its source. */
export interface ContestedItem {
  figure: string;
  claims: string[];
  /** The figure and its versions as one line of text (the .pptx's slide): "Russia, …: 41 — …; 44 — …." */
  line: string;
}

export interface SourceItem extends NoteSource {
  text: string;
}

/** Everything the client needs to show any slide of any deck: plain, serialisable. */
export interface SlideLibrary {
  views: ViewContext;
  asOf: string;
  title: SlideText & { content: TitleContent };
  /** The map by year (all layers), from `views.minYear` to `views.maxYear`. */
  map: Record<number, SlideText>;
  chart: Record<ChartId, SlideText>;
  contested: SlideText & { items: ContestedItem[]; more: string };
  sources: SlideText & { items: SourceItem[]; more: string };
}

/** A slide as shown: its words, and the embed a figure slide frames. */
export interface ResolvedSlide {
  slide: Slide;
  text: SlideText;
  /** The briefer's own notes, when set: they replace the generated ones. */
  customNotes?: string;
  /** `/embed/<id>/` of the chart or the map, with the view's query. */
  embed?: { id: string; query: string };
  /** The year a map slide shows (the map's Play moves it). */
  mapYear?: number;
}

export function resolveSlide(slide: Slide, library: SlideLibrary, views: ViewChecker): ResolvedSlide {
  let base: SlideText;
  let embed: ResolvedSlide['embed'];
  let mapYear: number | undefined;
  switch (slide.kind) {
    case SLIDE_KIND.map: {
      mapYear = views.mapYear(slide.query);
      base = library.map[mapYear] ?? library.map[library.views.maxYear] ?? library.title;
      embed = { id: 'map', query: slide.query };
      break;
    }
    case SLIDE_KIND.chart:
      base = library.chart[slide.chart];
      embed = { id: slide.chart, query: slide.query };
      break;
    default:
      base = library[slide.kind];
  }
  const text = slide.title === undefined ? base : { ...base, title: slide.title };
  return { slide, text, ...(slide.notes === undefined ? {} : { customNotes: slide.notes }), ...(embed ? { embed } : {}), ...(mapYear === undefined ? {} : { mapYear }) };
}

/** The notes as plain text: PowerPoint's notes pane, the editor's starting point, the handout. */
export function notesPlainText(notes: SlideNotes, words: Pick<DeckWords, 'locale' | 'notes'>): string {
  const t = words.notes;
  const blocks: string[] = [];
  if (notes.figures.length > 0) blocks.push([say(words, t.plainFigures), ...notes.figures.map((f) => `• ${f}`)].join('\n'));
  if (notes.contested.length > 0) blocks.push([say(words, t.plainContested), ...notes.contested.map((f) => `• ${f}`)].join('\n'));
  if (notes.sources.length > 0) blocks.push([say(words, t.plainSources), ...notes.sources.map((s) => `• ${say(words, t.sourceItem, { label: s.label, url: s.url })}`)].join('\n'));
  return blocks.join('\n\n');
}

/** A slide's notes as text: the briefer's own, else the generated ones. */
export function slideNotesText(resolved: ResolvedSlide, words: Pick<DeckWords, 'locale' | 'notes'>): string {
  return resolved.customNotes ?? notesPlainText(resolved.text.notes, words);
}
