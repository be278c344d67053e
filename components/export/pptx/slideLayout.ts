/**
 * Where everything goes on a 16:9 slide (13.333 × 7.5 in): the deck's slides as placements that
 * `buildPptx` hands to pptxgenjs one to one. Pure and synchronous: no pptxgenjs, no DOM.
 *
 * - The title is the master's title placeholder (a real PowerPoint title), one line when it fits
 *   at 28 or 24 pt, else the two-line master.
 * - The figure (the export's frame without its title and footer) fills the room between the
 *   title and the footer, fitted without distortion; `slideImage` renders it at that box's aspect
 *   and 2× the density of a 1920 × 1080 slide, so it fills the box exactly.
 * - The footer is text: the source line (as many lines as it wraps to), then "Data as of …" and
 *   the view's link; the master adds the slide number.
 * - A slide with a native chart gets a second slide after it: the chart(s) in the figure box (a
 *   grid for small multiples), the same title, footer and notes.
 */
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { textLanguage } from '@/lib/textLanguage';
import { wrapLines as wrapText } from '@/lib/text/wrapLines';
import { arialMeasure } from './arialMeasure';
import type { NativeChart, PptxDeckInfo, PptxOptions, PptxSlide, SlideImage, SlidePalette } from './deckTypes';

/** Inches. */
export const SLIDE_WIDTH = 40 / 3;
export const SLIDE_HEIGHT = 7.5;
/** Pixels per inch of a slide image: a 1920 × 1080 slide at 2× (3840 px across 13.333 in). */
export const FIGURE_DPI = (2 * 1920) / SLIDE_WIDTH;

export const SLIDE_FONT = 'Arial';
const MARGIN = 0.5;
const TOP = 0.3;
const BOTTOM = 0.3;
const CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN;
const PT = 1 / 72;
const TITLE_SIZES = [28, 24] as const;
const TITLE_LEADING = 1.2;
const FOOTER_SIZE = 14;
/** A source line longer than two lines at 14 pt is set at 12 pt: the figure keeps its room. */
const LONG_SOURCE_SIZE = 12;
const FOOTER_LEADING = 1.2;
const BODY_SIZE = 20;
const SLIDE_NUMBER_WIDTH = 0.7;
/** Room between the title and the figure, and between the figure and the footer. */
const GAP = 0.2;
/** Text wraps at this share of the box, so a font drawn a little wider still fits. */
const WRAP_SAFETY = 0.94;

export const LIGHT_PALETTE: SlidePalette = { background: '#ffffff', text: '#1a1f26', muted: '#4d5866' };

/** Series colours when a chart's series has none: the site's series tokens (Okabe & Ito). */
const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#cc79a7', '#56b4e9'] as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const MASTER = {
  figure: 'SCO_FIGURE',
  figureTwoLineTitle: 'SCO_FIGURE_TWO_LINE_TITLE',
  title: 'SCO_TITLE',
} as const;
export type MasterName = (typeof MASTER)[keyof typeof MASTER];

export interface MasterSpec {
  name: MasterName;
  background: string;
  /** The title placeholder. */
  title: { box: Box; size: number; color: string; align: 'left' | 'center'; valign: 'top' | 'bottom' };
  slideNumber: { box: Box; size: number; color: string };
}

export interface TextRun {
  text: string;
  /** A hyperlink's URL. */
  link?: string;
}

export type SlideItem =
  | { kind: 'image'; box: Box; image: SlideImage; alt: string }
  | { kind: 'chart'; box: Box; chart: NativeChart; colors: string[]; showTitle: boolean }
  | {
      kind: 'text';
      role: 'source' | 'asOf' | 'body';
      box: Box;
      /** Paragraphs, each a list of runs. */
      paragraphs: TextRun[][];
      size: number;
      color: string;
      align: 'left' | 'center';
      valign: 'top' | 'bottom';
      bullets: boolean;
    };

export interface PlacedSlide {
  master: MasterName;
  title: string;
  titleSize: number;
  notes: string;
  items: SlideItem[];
  /** Index of the deck slide it shows. */
  deckIndex: number;
  /** The editable-chart slide that follows a figure. */
  editable: boolean;
}

const lineHeight = (size: number, leading: number) => size * leading * PT;
const titleBox = (lines: 1 | 2): Box => ({ x: MARGIN, y: TOP, w: CONTENT_WIDTH, h: lines * lineHeight(TITLE_SIZES[1], TITLE_LEADING) + 0.1 });

/**
 * Where the words' lines may break: by the language they are written in, read from their script.
 * The slide image (slideImage.ts) and the file share these measures and only the slide's words
 * reach them; text with no letters wraps alike in every language.
 */
const wrapIn = (text: string) => ({ locale: LOCALE_TAGS[textLanguage(text) ?? 'en'] });

/** The title's size and lines: 28 pt on one line, else 24 pt on one, else two lines at 24 pt. */
export function titleFit(title: string): { size: number; lines: 1 | 2 } {
  for (const size of TITLE_SIZES) {
    if (wrapText(title, CONTENT_WIDTH * WRAP_SAFETY, (t) => arialMeasure.width(t, size * PT, 700), wrapIn(title)).length <= 1) return { size, lines: 1 };
  }
  return { size: TITLE_SIZES[1], lines: 2 };
}

/** Lines a text takes in a box `width` inches wide at `size` points. */
export function lineCount(text: string, width: number, size: number): number {
  return wrapText(text, width * WRAP_SAFETY, (t) => arialMeasure.width(t, size * PT, 400), wrapIn(text)).length;
}

const ASOF_WIDTH = CONTENT_WIDTH - SLIDE_NUMBER_WIDTH;


interface Footer {
  top: number;
  items: SlideItem[];
}

/** The source line above "Data as of … · link", both at the foot of the slide. */
function footer(slide: Pick<PptxSlide, 'sourceLine' | 'asOf' | 'link'>, palette: SlidePalette): Footer {
  const row = lineHeight(FOOTER_SIZE, FOOTER_LEADING);
  const asOfTop = SLIDE_HEIGHT - BOTTOM - row;
  const asOfRuns: TextRun[] = [];
  if (slide.asOf !== '') asOfRuns.push({ text: slide.asOf });
  if (slide.link !== undefined && slide.link !== '') {
    if (asOfRuns.length > 0) asOfRuns.push({ text: ' · ' });
    asOfRuns.push({ text: slide.link.replace(/^https?:\/\//, ''), link: slide.link });
  }
  const text = (role: 'source' | 'asOf', box: Box, paragraphs: TextRun[][], size = FOOTER_SIZE): SlideItem => ({
    kind: 'text', role, box, paragraphs, size, color: palette.muted, align: 'left', valign: 'bottom', bullets: false,
  });
  const items: SlideItem[] = [];
  // The slide number sits at the right of this row: the row stops short of it.
  if (asOfRuns.length > 0) items.push(text('asOf', { x: MARGIN, y: asOfTop, w: ASOF_WIDTH, h: row }, [asOfRuns]));
  const lines = (size: number) => (slide.sourceLine === '' ? 0 : lineCount(slide.sourceLine, CONTENT_WIDTH, size));
  const sourceSize = lines(FOOTER_SIZE) <= 2 ? FOOTER_SIZE : LONG_SOURCE_SIZE;
  const sourceHeight = lines(sourceSize) * lineHeight(sourceSize, FOOTER_LEADING);
  const sourceTop = asOfTop - sourceHeight;
  if (sourceHeight > 0) items.push(text('source', { x: MARGIN, y: sourceTop, w: CONTENT_WIDTH, h: sourceHeight }, [[{ text: slide.sourceLine }]], sourceSize));
  return { top: sourceTop, items };
}

/** The room for the figure: between the title and the footer, the full content width. */
export function figureBox(slide: Pick<PptxSlide, 'title' | 'sourceLine'>): Box {
  const { lines } = titleFit(slide.title);
  const title = titleBox(lines);
  const top = title.y + title.h + GAP;
  const bottom = footer({ sourceLine: slide.sourceLine, asOf: '' }, LIGHT_PALETTE).top - GAP;
  return { x: MARGIN, y: top, w: CONTENT_WIDTH, h: Math.max(1, bottom - top) };
}

/** The pixel size a slide's image is rendered at to fill its figure box (2× a 1920 × 1080 slide). */
export function figurePixels(box: Box): { width: number; height: number } {
  return { width: Math.round(box.w * FIGURE_DPI), height: Math.round(box.h * FIGURE_DPI) };
}

/** The largest box of the image's aspect inside `box`, centred: never stretched. */
export function fitImage(box: Box, widthPx: number, heightPx: number): Box {
  if (!(widthPx > 0 && heightPx > 0)) throw new Error('the image has no size');
  const scale = Math.min(box.w / widthPx, box.h / heightPx);
  const w = widthPx * scale;
  const h = heightPx * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** Cells for `n` charts in a box: one, two side by side, then rows of up to three. */
export function chartGrid(box: Box, n: number, gap = 0.25): Box[] {
  if (n <= 0) return [];
  const columns = n <= 2 ? n : n === 4 ? 2 : 3;
  const rows = Math.ceil(n / columns);
  const w = (box.w - gap * (columns - 1)) / columns;
  const h = (box.h - gap * (rows - 1)) / rows;
  return Array.from({ length: n }, (_, i) => ({ x: box.x + (i % columns) * (w + gap), y: box.y + Math.floor(i / columns) * (h + gap), w, h }));
}

export function slideMasters(palette: SlidePalette = LIGHT_PALETTE): MasterSpec[] {
  const slideNumber = {
    box: { x: SLIDE_WIDTH - MARGIN - SLIDE_NUMBER_WIDTH + 0.1, y: SLIDE_HEIGHT - BOTTOM - lineHeight(FOOTER_SIZE, FOOTER_LEADING), w: SLIDE_NUMBER_WIDTH - 0.1, h: lineHeight(FOOTER_SIZE, FOOTER_LEADING) },
    size: 12,
    color: palette.muted,
  };
  const figure = (name: MasterName, lines: 1 | 2): MasterSpec => ({
    name,
    background: palette.background,
    title: { box: titleBox(lines), size: TITLE_SIZES[0], color: palette.text, align: 'left', valign: 'top' },
    slideNumber,
  });
  return [
    figure(MASTER.figure, 1),
    figure(MASTER.figureTwoLineTitle, 2),
    {
      name: MASTER.title,
      background: palette.background,
      title: { box: { x: MARGIN, y: 1.6, w: CONTENT_WIDTH, h: 2.0 }, size: 40, color: palette.text, align: 'center', valign: 'bottom' },
      slideNumber,
    },
  ];
}

function bodyItem(paragraphs: readonly string[], box: Box, palette: SlidePalette, centred: boolean): SlideItem {
  return {
    kind: 'text',
    role: 'body',
    box,
    paragraphs: paragraphs.map((text) => [{ text }]),
    size: BODY_SIZE,
    color: centred ? palette.muted : palette.text,
    align: centred ? 'center' : 'left',
    valign: 'top',
    bullets: !centred,
  };
}

function nativeCharts(slide: PptxSlide): readonly NativeChart[] {
  if (slide.nativeChart === undefined) return [];
  return 'kind' in slide.nativeChart ? [slide.nativeChart] : slide.nativeChart;
}

/** One deck slide as one slide, or two (the figure, then its editable chart). */
export function layoutSlide(slide: PptxSlide, deckIndex: number, palette: SlidePalette = LIGHT_PALETTE, options: PptxOptions = {}): PlacedSlide[] {
  const foot = footer(slide, palette);
  if (slide.layout === 'title') {
    const top = 1.6 + 2.0 + GAP;
    const body = slide.body !== undefined && slide.body.length > 0 ? [bodyItem(slide.body, { x: MARGIN, y: top, w: CONTENT_WIDTH, h: Math.max(0.5, foot.top - GAP - top) }, palette, true)] : [];
    return [{ master: MASTER.title, title: slide.title, titleSize: 40, notes: slide.notes, items: [...body, ...foot.items], deckIndex, editable: false }];
  }
  const fit = titleFit(slide.title);
  const master = fit.lines === 1 ? MASTER.figure : MASTER.figureTwoLineTitle;
  const box = figureBox(slide);
  const main: SlideItem[] = [];
  if (slide.image) main.push({ kind: 'image', box: fitImage(box, slide.image.widthPx, slide.image.heightPx), image: slide.image, alt: slide.image.alt ?? slide.title });
  else if (slide.body !== undefined && slide.body.length > 0) main.push(bodyItem(slide.body, box, palette, false));
  const placed: PlacedSlide[] = [{ master, title: slide.title, titleSize: fit.size, notes: slide.notes, items: [...main, ...foot.items], deckIndex, editable: false }];

  const charts = options.nativeCharts === false ? [] : nativeCharts(slide);
  if (charts.length > 0) {
    const title = slide.editable?.title ?? slide.title;
    const editableFit = titleFit(title);
    const chartBox = figureBox({ ...slide, title });
    const cells = chartGrid(chartBox, charts.length);
    const items: SlideItem[] = charts.map((chart, i) => ({
      kind: 'chart',
      box: cells[i] ?? chartBox,
      chart,
      colors: chart.series.map((s, k) => s.color ?? SERIES_COLORS[k % SERIES_COLORS.length] ?? '#0072b2'),
      showTitle: charts.length > 1,
    }));
    placed.push({
      master: editableFit.lines === 1 ? MASTER.figure : MASTER.figureTwoLineTitle,
      title,
      titleSize: editableFit.size,
      notes: [slide.editable?.note ?? '', slide.notes].filter((n) => n !== '').join('\n\n'),
      items: [...items, ...foot.items],
      deckIndex,
      editable: true,
    });
  }
  return placed;
}

/** Every slide of the file, in order. */
export function layoutDeck(deck: PptxDeckInfo, slides: readonly PptxSlide[], options: PptxOptions = {}): PlacedSlide[] {
  return slides.flatMap((slide, i) => layoutSlide(slide, i, deck.palette ?? LIGHT_PALETTE, options));
}
