/**
 * A slide's figure as a PNG, from the chart or map on the page: the existing export (capture,
 * frame layout, fonts, rasteriser) with the frame's title, source line and as-of date left out
 * (the slide sets them as text), rendered at the size of the slide's figure box at 2× the
 * density of a 1920 × 1080 slide. Browser only; loaded with the rest of the export on first use.
 */
import type { FrameSpec } from '@/components/frame/frameSpec';
import { pageStyle } from '../capture/pageStyle';
import { ExportError, renderFrame, type ExportKind, type ExportTarget } from '../exportView';
import { svgToPng } from '../output/rasterize';
import type { PptxSlide, SlideImage, SlidePalette } from './deckTypes';
import { FIGURE_DPI, figureBox, figurePixels } from './slideLayout';

export interface SlideImageTarget extends Pick<ExportTarget, 'locale' | 'words'> {
  kind: ExportKind;
  /** The view's export root, as for the Export menu (`exportRootOf(element, 'main')`). */
  root: HTMLElement | null;
  /** The view's frame: its subtitle and legend are drawn in the picture. */
  frame: FrameSpec;
  /** Query parameters the view depends on (as the Export menu's `linkParams`). */
  linkParams?: readonly string[];
}

/** The PNG and the colours it was drawn in (pass them on as the deck's palette). */
export interface RenderedSlideImage extends SlideImage {
  palette: SlidePalette;
}

export async function renderSlideImage(target: SlideImageTarget, slide?: Pick<PptxSlide, 'title' | 'sourceLine'>): Promise<RenderedSlideImage> {
  if (!target.root) throw new ExportError('noTarget');
  const { width, height } = figurePixels(figureBox(slide ?? target.frame));
  const { svg, layout } = await renderFrame(
    { kind: target.kind, root: target.root, frame: target.frame, fileBase: 'slide', rows: [], columns: [], linkParams: target.linkParams, locale: target.locale, words: target.words },
    { width, height },
    true,
    'figure',
  );
  const png = await svgToPng(svg, layout.pixelWidth, layout.pixelHeight, FIGURE_DPI);
  const { background, text, muted } = pageStyle(target.root).palette;
  return {
    png: new Uint8Array(await png.arrayBuffer()),
    widthPx: layout.pixelWidth,
    heightPx: layout.pixelHeight,
    alt: [target.frame.title, target.frame.subtitle].filter(Boolean).join('. '),
    palette: { background, text, muted },
  };
}
