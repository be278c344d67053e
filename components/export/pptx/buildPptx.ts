/**
 * The .pptx back-end: the placements of slideLayout.ts handed to pptxgenjs one to one, a slide
 * at a time with a task boundary between slides (the page stays responsive and progress shows),
 * then the file written and repaired where pptxgenjs breaks PowerPoint's rules (pptxRepairs.ts). pptxgenjs is imported here on first use, never in a page's first load.
 * Runs in the browser and in Node (the tests and the bench).
 */
import type PptxGenJS from 'pptxgenjs';
import type { NativeChart, PptxDeckInfo, PptxOptions, PptxProgress, PptxSlide } from './deckTypes';
import { eastAsianFace } from './pptxFonts';
import { finishPptx } from './pptxRepairs';
import { LIGHT_PALETTE, layoutDeck, slideMasters, SLIDE_FONT, type Box, type PlacedSlide, type SlideItem, type TextRun } from './slideLayout';

type Presentation = PptxGenJS;

let library: Promise<typeof PptxGenJS> | undefined;

/** pptxgenjs, loaded once, when the first file is asked for. */
function loadPptxGenJS(): Promise<typeof PptxGenJS> {
  library ??= import('pptxgenjs').then((module) => module.default);
  return library;
}

/** Lets the page paint and handle input between two slides. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** pptxgenjs colours: `RRGGBB`, no `#`. */
const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

const position = (box: Box) => ({ x: box.x, y: box.y, w: box.w, h: box.h });

/**
 * What pptxgenjs is given for a picture: a 1 × 1 PNG. pptxgenjs takes images only as base64,
 * which it decodes in one go when it writes (hundreds of ms for a deck's figures, without a
 * break); `finishPptx` puts each figure's own bytes in its place instead.
 */
const STAND_IN_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

/** A slide's figure: the slide's number (1-based) and its PNG. */
export interface SlideMedia {
  slide: number;
  png: Uint8Array;
}

/** The PNG's bytes, from bytes or a base64 data URL. */
export function pngBytes(png: Uint8Array | string): Uint8Array {
  if (typeof png !== 'string') return png;
  if (!/^data:image\/png;base64,/.test(png)) throw new Error('a slide image must be a PNG data URL or PNG bytes');
  const binary = atob(png.slice(png.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function defineMasters(pres: Presentation, deck: PptxDeckInfo): void {
  for (const master of slideMasters(deck.palette ?? LIGHT_PALETTE)) {
    const { title, slideNumber } = master;
    pres.defineSlideMaster({
      title: master.name,
      background: { color: hex(master.background) },
      slideNumber: { ...position(slideNumber.box), fontFace: SLIDE_FONT, fontSize: slideNumber.size, color: hex(slideNumber.color), align: 'right', valign: 'bottom' },
      objects: [
        {
          placeholder: {
            options: {
              name: 'title',
              type: 'title',
              ...position(title.box),
              fontFace: SLIDE_FONT,
              ...(deck.lang ? { lang: deck.lang } : {}),
              fontSize: title.size,
              bold: true,
              color: hex(title.color),
              align: title.align,
              valign: title.valign,
              margin: 0,
            },
            text: '',
          },
        },
      ],
    });
  }
}

function textRuns(paragraphs: TextRun[][], bullets: boolean): PptxGenJS.TextProps[] {
  return paragraphs.flatMap((runs, p) =>
    runs.map((run, r) => ({
      text: run.text,
      options: {
        ...(run.link !== undefined ? { hyperlink: { url: run.link, tooltip: run.link } } : {}),
        ...(bullets && r === 0 ? { bullet: true } : {}),
        // Each paragraph ends a line, except the last.
        ...(r === runs.length - 1 && p < paragraphs.length - 1 ? { breakLine: true } : {}),
      },
    })),
  );
}

function chartOptions(item: Extract<SlideItem, { kind: 'chart' }>, palette: { text: string; muted: string }): PptxGenJS.IChartOpts {
  const { chart } = item;
  const small = item.box.w < 6;
  const labelSize = small ? 11 : 14;
  const text = { fontFace: SLIDE_FONT, color: hex(palette.text) };
  const base: PptxGenJS.IChartOpts = {
    ...position(item.box),
    altText: chart.title,
    chartColors: item.colors.map(hex),
    showTitle: item.showTitle,
    ...(item.showTitle ? { title: chart.title, titleFontFace: text.fontFace, titleFontSize: 14, titleColor: text.color } : {}),
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontFace: text.fontFace,
    legendFontSize: labelSize,
    legendColor: text.color,
    catAxisLabelFontFace: text.fontFace,
    catAxisLabelFontSize: labelSize,
    catAxisLabelColor: text.color,
    valAxisLabelFontFace: text.fontFace,
    valAxisLabelFontSize: labelSize,
    valAxisLabelColor: hex(palette.muted),
    valAxisLabelFormatCode: '#,##0',
    valAxisMinVal: 0,
    valGridLine: { color: 'D0D6DE', size: 0.75 },
  };
  if (chart.kind === 'line') {
    return { ...base, lineDataSymbol: 'none', lineSize: 2.5, displayBlanksAs: 'gap', catAxisLabelFrequency: '5' };
  }
  const bars: PptxGenJS.IChartOpts = {
    ...base,
    barDir: chart.horizontal === true ? 'bar' : 'col',
    barGrouping: chart.kind === 'stackedBar' ? 'stacked' : 'clustered',
    barGapWidthPct: 60,
  };
  if (chart.horizontal !== true) return bars;
  // Horizontal bars read top to bottom in the data's order, each labelled with its value (the
  // value axis adds nothing then). pptxgenjs's types allow only 'minMax' for the category axis's
  // orientation, while its writer passes any value through; 'maxMin' is the OOXML value.
  const horizontal: PptxGenJS.IChartOpts = {
    ...bars,
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFontFace: text.fontFace,
    dataLabelFontSize: labelSize,
    dataLabelColor: text.color,
    dataLabelFormatCode: '#,##0',
    valAxisHidden: true,
    valGridLine: { style: 'none' },
  };
  return Object.assign(horizontal, { catAxisOrientation: 'maxMin' });
}

/** The chart's data as pptxgenjs takes it: one entry per series, the categories as labels. */
export function chartData(chart: NativeChart): { name: string; labels: string[]; values: (number | null)[] }[] {
  return chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values }));
}

function addSlide(pres: Presentation, placed: PlacedSlide, deck: PptxDeckInfo, number: number, media: SlideMedia[]): void {
  const palette = deck.palette ?? LIGHT_PALETTE;
  const slide = pres.addSlide({ masterName: placed.master });
  // The size goes on the run: pptxgenjs lets the placeholder's options override the text box's.
  slide.addText([{ text: placed.title, options: { fontSize: placed.titleSize } }], { placeholder: 'title' });
  for (const item of placed.items) {
    if (item.kind === 'image') {
      slide.addImage({ data: STAND_IN_PNG, ...position(item.box), altText: item.alt });
      media.push({ slide: number, png: pngBytes(item.image.png) });
    } else if (item.kind === 'chart') {
      const type = item.chart.kind === 'line' ? pres.ChartType.line : pres.ChartType.bar;
      slide.addChart(type, chartData(item.chart), chartOptions(item, palette));
    } else {
      slide.addText(textRuns(item.paragraphs, item.bullets), {
        ...position(item.box),
        fontFace: SLIDE_FONT,
        ...(deck.lang ? { lang: deck.lang } : {}),
        fontSize: item.size,
        color: hex(item.color),
        align: item.align,
        valign: item.valign,
        margin: 0,
        paraSpaceAfter: item.role === 'body' ? 6 : 0,
        objectName: item.role === 'source' ? 'Source' : item.role === 'asOf' ? 'Data as of' : 'Text',
      });
    }
  }
  if (placed.notes !== '') slide.addNotes(placed.notes);
}

/**
 * The presentation with every slide added, not yet written, and the figures to put in it:
 * `buildPptx` writes it and hands both to `finishPptx` (tests write it as a Node buffer). Yields
 * to the page after each slide and reports progress.
 */
export async function assemblePptx(
  deck: PptxDeckInfo,
  slides: readonly PptxSlide[],
  onProgress?: (progress: PptxProgress) => void,
  options: PptxOptions = {},
): Promise<{ pres: Presentation; slideCount: number; media: SlideMedia[] }> {
  const placed = layoutDeck(deck, slides, options);
  const Pptx = await loadPptxGenJS();
  const pres = new Pptx();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = deck.title;
  pres.subject = deck.title;
  pres.company = 'SCO Security Atlas';
  pres.theme = { headFontFace: SLIDE_FONT, bodyFontFace: SLIDE_FONT };
  defineMasters(pres, deck);
  const media: SlideMedia[] = [];
  for (const [i, slide] of placed.entries()) {
    addSlide(pres, slide, deck, i + 1, media);
    onProgress?.({ phase: 'slides', done: i + 1, total: placed.length });
    await nextTask();
  }
  return { pres, slideCount: placed.length, media };
}

/** The .pptx file's bytes (name it with `pptxFileName(deck.date)`). */
export async function buildPptx(
  deck: PptxDeckInfo,
  slides: readonly PptxSlide[],
  onProgress?: (progress: PptxProgress) => void,
  options: PptxOptions = {},
): Promise<Uint8Array> {
  const { pres, slideCount, media } = await assemblePptx(deck, slides, onProgress, options);
  onProgress?.({ phase: 'file', done: slideCount, total: slideCount });
  await nextTask();
  // Written uncompressed (cheap), then repaired and compressed once (finishPptx).
  const written = await pres.write({ outputType: 'uint8array', compression: false });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return the file’s bytes');
  return finishPptx(written, media, eastAsianFace(deck.lang));
}
