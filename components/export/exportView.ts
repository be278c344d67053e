/**
 * Exports one view (a chart or the map) in one format: finds the plot on the page, captures it,
 * lays the frame out around it and hands over the file. Browser only; everything it draws with
 * is pure and tested (frame/, fonts/, csv.ts, fileName.ts).
 */
import { legendWords, type FrameSpec } from '@/components/frame/frameSpec';
import { formatPartialDate } from '@/lib/format';
import { formatMessage } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { capturePlot, plotCandidates, settled } from './capture/capturePlot';
import { pageStyle, resolveColor } from './capture/pageStyle';
import { FONT_STACK } from './capture/textToPaths';
import { csvBlob, type CsvCell, type CsvColumn } from './csv';
import { requestExportLayouts } from './exportLayouts';
import { fileName, type ExportSize } from './fileName';
import { fetchFontFiles, loadFontSet, loadSubset, subsetsFor } from './fonts/exportFont';
import { TextShaper, type TextMeasure } from './fonts/textShaper';
import { choosePlot } from './frame/choosePlot';
import { MIN_TEXT_PX, type FrameFooter, type FrameLayout } from './frame/frameLayout';
import { frameSvg, type PlotMarkup } from './frame/frameSvg';
import { canCopyImages, copyPng, download, type CopyResult } from './output/deliver';
import { exportDpi } from './output/pngDpi';
import { decodeSvg, svgToPng } from './output/rasterize';
import type { ExportFrameWords } from './exportWords';
import { viewLink } from './viewLink';

export type ExportKind = 'chart' | 'map';

/** What to export: the ExportMenu's props, and the element it was opened from. */
export interface ExportTarget {
  kind: ExportKind;
  /** The element holding the plot (`svg[data-export-plot]`): the view the menu was opened from. */
  root: HTMLElement | null;
  frame: FrameSpec;
  fileBase: string;
  year?: number | string;
  linkParams?: readonly string[];
  rows: readonly Record<string, CsvCell>[];
  columns: readonly CsvColumn[];
  /** The page's language: the frame's date and numbers. */
  locale: SiteLocale;
  /** The words an export adds to the frame, in that language (from the server page). */
  words: ExportFrameWords;
}


export type ExportFormat = { type: 'png'; size: ExportSize } | { type: 'svg' } | { type: 'csv' };

export interface ExportResult {
  file: string;
  /** Pixel size of a PNG. */
  width?: number;
  height?: number;
}

/**
 * An export that cannot be made; `reason` is a key of the locale's status messages, `params` fill
 * its placeholders. `unreadable`: no plot of the view fits the size with every word readable.
 */
export class ExportError extends Error {
  constructor(
    readonly reason: 'noTarget' | 'noPlot' | 'unreadable',
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason);
  }
}

let shaper: TextShaper | undefined;

/**
 * Records how long a step took as a User Timing measure (`sco-export:capture` …), visible in the
 * browser's performance panel and read by the browser tests.
 */
function measured<T>(name: string, work: Promise<T>): Promise<T> {
  const start = performance.now();
  return work.then((value) => {
    performance.measure(`sco-export:${name}`, { start, end: performance.now() });
    return value;
  });
}

/** Fetches the font files in advance (network only; parsing waits for `prepareFonts`). */
export function prefetchFonts(): Promise<void> {
  return fetchFontFiles().then(
    () => undefined,
    () => undefined,
  );
}

/** Loads and parses the fonts (when the menu is approached) so the first export does not wait for them. */
export function prepareFonts(): Promise<TextShaper | undefined> {
  if (shaper) return Promise.resolve(shaper);
  return measured('fonts', loadFontSet()).then(
    (fonts) => (shaper = new TextShaper(fonts)),
    () => undefined,
  );
}

/**
 * Adds the subsets of Inter the words need (Latin Extended, Cyrillic …) to the shaper, so they
 * are drawn as outlines like the rest. A subset that fails to load leaves its words as <text>.
 */
async function coverText(fonts: TextShaper, text: string): Promise<void> {
  const sets = await Promise.all(subsetsFor(text).map((subset) => loadSubset(subset).catch(() => undefined)));
  for (const set of sets) if (set) fonts.addFallback(set);
}

let canvasContext: CanvasRenderingContext2D | null | undefined;

/** Widths from the browser's own fonts, for when the export fonts could not be loaded. */
const canvasMeasure: TextMeasure = {
  width(text, size, weight) {
    if (canvasContext === undefined) canvasContext = document.createElement('canvas').getContext('2d');
    if (!canvasContext) return text.length * size * 0.55;
    canvasContext.font = `${weight} ${size}px ${FONT_STACK}`;
    return canvasContext.measureText(text).width;
  },
};

function yearOf(target: ExportTarget): number | string | undefined {
  if (target.year !== undefined) return target.year;
  if (target.kind !== 'map' && !target.linkParams?.includes('year')) return undefined;
  return new URLSearchParams(window.location.search).get('year') ?? undefined;
}

/** The file name an export gets ("sco-map-2017-1920x1080.png"). */
export function exportFileName(target: ExportTarget, format: ExportFormat): string {
  return fileName({
    base: target.fileBase,
    year: yearOf(target),
    size: format.type === 'png' ? format.size : undefined,
    ext: format.type,
  });
}

function footerOf(target: ExportTarget): FrameFooter {
  const t = target.words;
  const date = formatPartialDate(target.frame.asOf, target.locale);
  return {
    asOf: target.frame.asOf === '' ? '' : formatMessage(t.asOf, LOCALE_TAGS[target.locale], { date }),
    link: viewLink(target.frame.url, new URL(window.location.href), target.linkParams),
    notes: target.kind === 'map' ? [t.mapNote] : [],
  };
}

interface CachedCapture {
  svg: SVGSVGElement;
  shaper: TextShaper | undefined;
  /** The shaper's subsets at the time (a capture before a subset was added is made again). */
  fontCount: number;
  dropOptional: boolean;
  plot: Promise<PlotMarkup>;
  /** Cleared when the plot or the theme changes after the capture. */
  state: { valid: boolean };
}

let cached: CachedCapture | undefined;

/**
 * The plot captured once it has settled. A capture (or one in progress) is shared until the
 * plot's DOM or the page's theme changes (a MutationObserver marks it stale), so warming up when
 * the menu is pointed at makes the click cheaper without ever exporting an outdated picture.
 */
function capturedPlot(svg: SVGSVGElement, shaper: TextShaper | undefined, dropOptional: boolean): Promise<PlotMarkup> {
  const fontCount = shaper?.fontCount ?? 0;
  const same = cached && cached.svg === svg && cached.shaper === shaper && cached.fontCount === fontCount && cached.dropOptional === dropOptional;
  if (cached && same && cached.state.valid) return cached.plot;
  const state = { valid: true };
  const plot = measured('settle', settled(svg)).then(() => {
    const start = performance.now();
    // Synchronous from here: what is captured is one frame of the page.
    const markup = capturePlot(svg, shaper, resolveColor, { dropOptional });
    const observer = new MutationObserver(() => {
      state.valid = false;
      observer.disconnect();
    });
    observer.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
    observer.observe(document.documentElement, { attributes: true });
    performance.measure('sco-export:capture', { start, end: performance.now() });
    return markup;
  });
  plot.catch(() => {
    state.valid = false;
  });
  cached = { svg, shaper, fontCount, dropOptional, plot, state };
  return plot;
}

/**
 * What of the frame an image shows: all of it (every file), or the figure alone (subtitle, legend,
 * plot and the map's note) for a PowerPoint slide, which sets the title, the source line and the
 * as-of date as text of its own. A figure whose view has no plot readable at its size is drawn
 * at the layout whose smallest word is largest (with words below MIN_TEXT_PX) rather than refused.
 */
export type FrameParts = 'all' | 'figure';

/** The framed view as a standalone SVG document, laid out for `size`. */
export async function renderFrame(
  target: ExportTarget,
  size: ExportSize,
  pixels: boolean,
  parts: FrameParts = 'all',
): Promise<{ svg: string; layout: FrameLayout }> {
  const root = target.root;
  if (!root) throw new ExportError('noTarget');
  // A slide size may take a layout drawn for slides only: the view draws it now (exportLayouts.ts).
  if (!('scale' in size)) await requestExportLayouts(root);
  const candidates = plotCandidates(root);
  if (candidates.length === 0) throw new ExportError('noPlot');
  const fonts = await prepareFonts();
  const whole = footerOf(target);
  const spec = parts === 'all' ? target.frame : { ...target.frame, title: '', sourceLine: '' };
  const footer = parts === 'all' ? whole : { asOf: '', link: { text: '', href: '' }, notes: whole.notes };
  if (fonts) {
    const { title, subtitle, legend, sourceLine } = spec;
    const words = [title, subtitle, sourceLine, ...legend.flatMap(legendWords), ...footer.notes, footer.asOf, footer.link.text];
    await coverText(fonts, [...words, ...candidates.map((c) => c.svg.textContent ?? '')].join(' '));
  }
  // Which plot, laid out how: for a slide, the first whose every word stays readable.
  const choice = choosePlot(candidates, { spec, footer, size, measure: fonts ?? canvasMeasure, lang: LOCALE_TAGS[target.locale] });
  const chosen = choice && candidates[choice.index];
  if (!choice || !chosen) throw new ExportError('noPlot');
  // A figure with no words under its plot (a chart's, on a slide) draws no rule above them.
  const bare = parts === 'figure' && footer.notes.length === 0;
  const layout = bare ? { ...choice.layout, ops: choice.layout.ops.filter((op) => op.kind !== 'rule') } : choice.layout;
  // A PowerPoint figure is drawn at the closest layout even then, rather than leave its slide without
  // a figure (no chart of the default briefing needs it: pptxFigures.test.ts).
  if (!layout.readable && !('scale' in size) && parts === 'all') throw new ExportError('unreadable', { width: layout.pixelWidth, height: layout.pixelHeight, min: MIN_TEXT_PX });
  const plot = await capturedPlot(chosen.svg, fonts, !choice.keepOptional);
  if (!(plot.viewBox.width > 0 && plot.viewBox.height > 0)) throw new ExportError('noPlot');
  const style = pageStyle(root);
  const svg = frameSvg({
    layout,
    spec,
    footer,
    plot,
    palette: style.palette,
    color: style.color,
    shaper: fonts,
    measure: fonts ?? canvasMeasure,
    pixels,
    lang: LOCALE_TAGS[target.locale],
    legendLabel: target.words.legend,
  });
  return { svg, layout };
}

/** The size "Copy image" puts on the clipboard: sharp when pasted into slides. */
export const COPY_SIZE: ExportSize = { scale: 2 };

/**
 * Does the slow parts ahead, while the menu is open: fonts, the capture and the 2× image (the
 * PNG most people take, and what Copy image makes). Errors are left for the real export to show.
 */
export async function warmUp(target: ExportTarget): Promise<void> {
  try {
    const { svg } = await renderFrame(target, COPY_SIZE, true);
    await decodeSvg(svg);
  } catch {
    // The export itself reports what went wrong.
  }
}

async function renderPng(target: ExportTarget, size: ExportSize): Promise<{ blob: Blob; layout: FrameLayout }> {
  const { svg, layout } = await measured('frame', renderFrame(target, size, true));
  const blob = await measured('png', svgToPng(svg, layout.pixelWidth, layout.pixelHeight, exportDpi(size)));
  return { blob, layout };
}

/** Makes the file and downloads it. */
export async function exportFile(target: ExportTarget, format: ExportFormat): Promise<ExportResult> {
  const file = exportFileName(target, format);
  if (format.type === 'csv') {
    download(csvBlob(target.columns, target.rows), file);
    return { file };
  }
  if (format.type === 'svg') {
    const { svg } = await renderFrame(target, { scale: 1 }, false);
    download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), file);
    return { file };
  }
  const { blob, layout } = await renderPng(target, format.size);
  download(blob, file);
  return { file, width: layout.pixelWidth, height: layout.pixelHeight };
}

/**
 * Copies a 2× PNG to the clipboard. Must be called synchronously from the user's click or key
 * press (it starts the clipboard write at once, with the PNG still rendering). Resolves with the
 * outcome and the image's pixel size; rejects when the image could not be made.
 */
export async function copyImage(target: ExportTarget): Promise<{ result: CopyResult; width: number; height: number }> {
  if (!canCopyImages()) return { result: 'unsupported', width: 0, height: 0 };
  const rendering = renderPng(target, COPY_SIZE);
  const result = await copyPng(rendering.then((r) => r.blob));
  const { layout } = await rendering;
  return { result, width: layout.pixelWidth, height: layout.pixelHeight };
}
