/**
 * A figure slide's picture for the .pptx, from the slide's own embed page: the deck loads the
 * embed (the same address a slide frames, at the deck's theme) in a hidden frame the size of a
 * slide, waits until it listens, asks it for its figure (figureMessages.ts) and takes the PNG it
 * renders with the export pipeline. The deck draws nothing and reads nothing of the frame's DOM.
 * One frame at a time; it is removed when the answer, an error or the time limit comes. Browser only.
 */
import { slideEmbedSrc } from '@/components/embed/embedLayout';
import { parseEmbedMessage } from '@/components/embed/embedMessages';
import { figureRequest, parseFigureMessage, type FigureErrorParams } from '@/components/embed/figureMessages';
import type { SlideImage, SlidePalette } from '@/components/export/pptx/deckTypes';
import type { Theme } from '@/components/shell/theme';
import type { SiteLocale } from '@/lib/messages/locales';
import { say, type DeckWords } from './words/deckWords';

/** The hidden frame's size in CSS px: a 16:9 slide, as a laptop's deck shows it. */
export const CAPTURE_FRAME = { width: 1280, height: 720 } as const;

export interface CapturedFigure {
  image: SlideImage;
  palette: SlidePalette;
}

/**
 * Why a figure is missing: the frame's reason (the key of an Export-menu status message, and its
 * arguments) or that it did not answer in time (the message is then the time waited, "30 s").
 */
export class FigureCaptureError extends Error {
  constructor(
    message: string,
    readonly timedOut = false,
    readonly params: FigureErrorParams = {},
  ) {
    super(message);
  }
}

/** The reason in the deck's words: "no answer after 30 s", "There is nothing to export yet…". */
export function captureReason(error: FigureCaptureError, words: Pick<DeckWords, 'locale' | 'deck' | 'status'>): string {
  if (error.timedOut) return say(words, words.deck.pptxTimedOut, { time: error.message });
  const key = error.message;
  // A status key in the deck's words; anything else is the frame's own words, as it gave them.
  return Object.hasOwn(words.status, key) ? say(words, words.status[key as keyof DeckWords['status']], error.params) : key;
}

let nextId = 1;

export interface CaptureRequest {
  /** `map` or a chart id, and the view's query (figureEmbed in pptxSlides.ts). */
  embed: { id: string; query: string };
  /** The deck's language: the figure's words are in it. */
  locale: SiteLocale;
  theme: Theme;
  /** The slide's title and source line: they size the figure's box on the PowerPoint slide. */
  slide: { title: string; sourceLine: string };
  /** The frame's accessible name (it is hidden, but named). */
  label: string;
  timeoutMs: number;
}

export function captureFigure({ embed, locale, theme, slide, label, timeoutMs }: CaptureRequest): Promise<CapturedFigure> {
  const id = nextId++;
  const frame = document.createElement('iframe');
  frame.src = slideEmbedSrc(embed.id, embed.query, theme, locale);
  frame.title = label;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('data-figure-capture', embed.id);
  // Laid out and drawn like a slide (visibility keeps rendering), but unseen and out of reach.
  Object.assign(frame.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${CAPTURE_FRAME.width}px`,
    height: `${CAPTURE_FRAME.height}px`,
    border: '0',
    visibility: 'hidden',
    pointerEvents: 'none',
    zIndex: '-1',
  });

  return new Promise<CapturedFigure>((resolve, reject) => {
    let asked = false;
    const finish = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
    };
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== frame.contentWindow || e.source === null) return;
      if (!asked && parseEmbedMessage(e.data)?.kind === 'ready') {
        asked = true;
        frame.contentWindow?.postMessage(figureRequest(embed.id, id, slide), window.location.origin);
        return;
      }
      const m = parseFigureMessage(e.data);
      if (!m || m.id !== id || m.chart !== embed.id) return;
      if (m.kind === 'figureImage') {
        finish();
        resolve({ image: { png: new Uint8Array(m.png), widthPx: m.widthPx, heightPx: m.heightPx, alt: m.alt === '' ? slide.title : m.alt }, palette: m.palette });
      } else if (m.kind === 'figureError') {
        finish();
        reject(new FigureCaptureError(m.reason, false, m.params));
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new FigureCaptureError(`${Math.round(timeoutMs / 1000)} s`, true));
    }, timeoutMs);
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}
