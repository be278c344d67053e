/**
 * What a page calls to offer "Download PowerPoint": small enough to import statically. The
 * capture, the layout, pptxgenjs and the zip code load when the reader asks for the file.
 *
 *   const image = await slideImage({ kind: 'chart', root, frame });        // per figure slide
 *   const { file } = await downloadPptx(deck, slides, (p) => setStatus(pptxProgressText(p, words)));
 */
import { formatMessage, type Compiled } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { pptxFileName } from '../fileName';
import { download } from '../output/deliver';
import type { PptxDeckInfo, PptxOptions, PptxProgress, PptxSlide } from './deckTypes';
import type { RenderedSlideImage, SlideImageTarget } from './slideImage';

export type { RenderedSlideImage, SlideImageTarget } from './slideImage';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** A figure slide's image from the chart or map on the page (see slideImage.ts). */
export async function slideImage(target: SlideImageTarget, slide?: Pick<PptxSlide, 'title' | 'sourceLine'>): Promise<RenderedSlideImage> {
  const { renderSlideImage } = await import('./slideImage');
  return renderSlideImage(target, slide);
}

/** Builds the deck's .pptx (yielding between slides, reporting progress) and downloads it. */
export async function downloadPptx(
  deck: PptxDeckInfo,
  slides: readonly PptxSlide[],
  onProgress?: (progress: PptxProgress) => void,
  options?: PptxOptions,
): Promise<{ file: string; slides: number; bytes: number }> {
  const { buildPptx } = await import('./buildPptx');
  let total = slides.length;
  const bytes = await buildPptx(deck, slides, (p) => {
    total = p.total;
    onProgress?.(p);
  }, options);
  const file = pptxFileName(deck.date);
  download(new Blob([new Uint8Array(bytes)], { type: PPTX_MIME }), file);
  return { file, slides: total, bytes: bytes.length };
}

/** The words of the file's progress and outcome (the catalogue's `export.pptx`, compiled by the page). */
export interface PptxStatusWords {
  locale: SiteLocale;
  pptx: Compiled<{ progressSlides: string; progressFile: string; downloaded: string }>;
}

/** "Building the PowerPoint file: slide 3 of 16…", for a `role="status"` line. */
export function pptxProgressText(progress: PptxProgress, words: PptxStatusWords): string {
  const t = words.pptx;
  return formatMessage(progress.phase === 'slides' ? t.progressSlides : t.progressFile, LOCALE_TAGS[words.locale], { done: progress.done, total: progress.total });
}

/** "Downloaded sco-briefing-2026-12-05.pptx (16 slides)". */
export function pptxDoneText(result: { file: string; slides: number }, words: PptxStatusWords): string {
  return formatMessage(words.pptx.downloaded, LOCALE_TAGS[words.locale], { file: result.file, total: result.slides });
}
