'use client';
/**
 * "Download PowerPoint" in the deck's toolbar: the current deck (default, custom or from the URL)
 * as a .pptx. On click, each figure slide's picture is rendered by its own embed page in a hidden
 * frame (captureFigure.ts: the export pipeline at 2× a 1920 × 1080 slide), one slide after the
 * other; then the file is built (pptxgenjs, loaded now) and downloaded. Progress and the outcome
 * are said in a `role="status"` line; a slide whose figure fails keeps its text and is named there.
 */
import { useRef, useState } from 'react';
import { downloadPptx, pptxDoneText, pptxProgressText } from '@/components/export/pptx/downloadPptx';
import type { SlideImage, SlidePalette } from '@/components/export/pptx/deckTypes';
import type { Theme } from '@/components/shell/theme';
import { captureFigure, captureReason, FigureCaptureError } from './captureFigure';
import { figureEmbed, PPTX_LANG, pptxSlides, toPptxSlide, type NativeChartLibrary } from './pptxSlides';
import type { ResolvedSlide, SlideLibrary } from './slideText';
import { listText } from './words/deckWords';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Deck.module.css';

export interface DownloadPowerPointProps {
  slides: readonly ResolvedSlide[];
  library: SlideLibrary;
  theme: Theme;
  nativeCharts: NativeChartLibrary;
}

/** A figure that has not come back in this long is left out (its slide keeps its text). */
const FIGURE_TIMEOUT_MS = 30_000;

/** Today in the briefer's own calendar: `2026-12-05`. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Lets the page paint and take input between slides. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The deck's own colours, when no figure brought the slides' palette (a deck of text slides). */
async function deckPalette(): Promise<SlidePalette> {
  const { pageStyle } = await import('@/components/export/capture/pageStyle');
  const slide = document.querySelector('[data-slide-stage] [data-current] > *') ?? document.body;
  const { background, text, muted } = pageStyle(slide).palette;
  return { background, text, muted };
}

export function DownloadPowerPoint({ slides, library, theme, nativeCharts }: DownloadPowerPointProps) {
  const { words, t: say } = useDeckWords();
  const t = words.deck;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const running = useRef(false);

  const build = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const specs = pptxSlides(
        slides.map((r) => r.slide),
        library,
        words,
      );
      const figures = specs.flatMap((spec, i) => {
        const embed = figureEmbed(spec);
        return embed ? [{ i, embed }] : [];
      });
      const images = new Map<number, SlideImage>();
      const missing: string[] = [];
      let palette: SlidePalette | undefined;
      for (const [k, { i, embed }] of figures.entries()) {
        const spec = specs[i];
        if (!spec) continue;
        setStatus(say(t.pptxCapturing, { done: k + 1, total: figures.length }));
        try {
          const figure = await captureFigure({
            embed,
            locale: words.locale,
            theme,
            slide: { title: spec.title, sourceLine: spec.sourceLine },
            label: say(t.pptxFrame, { n: i + 1 }),
            timeoutMs: FIGURE_TIMEOUT_MS,
          });
          images.set(i, figure.image);
          palette ??= figure.palette;
        } catch (error) {
          const reason = error instanceof FigureCaptureError ? captureReason(error, words) : error instanceof Error ? error.message : String(error);
          missing.push(say(t.pptxMissingSlide, { n: i + 1, reason }));
        }
        await yieldToPage();
      }
      const origin = window.location.origin;
      const pptx = specs.map((spec, i) => toPptxSlide(spec, origin, images.get(i), nativeCharts, words));
      const deck = { title: library.title.title, asOf: library.asOf, date: localDate(new Date()), palette: palette ?? (await deckPalette()), lang: PPTX_LANG[words.locale] };
      const result = await downloadPptx(deck, pptx, (p) => setStatus(pptxProgressText(p, words)));
      setStatus([pptxDoneText(result, words), missing.length > 0 ? say(t.pptxMissing, { slides: listText(words, missing) }) : ''].filter(Boolean).join(' '));
    } catch (error) {
      setStatus(say(t.pptxFailed, { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <>
      {/* Not `disabled` while it builds: the focus stays on it (aria-disabled; a second click does nothing).
          A click leaves the focus on the deck, as the other controls do, so the clicker's keys still move it. */}
      <button
        type="button"
        className={styles.button}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void build()}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
      >
        {say(t.pptx)}
      </button>
      <p role="status" aria-live="polite" aria-atomic="true" className={styles.pptxStatus}>
        {status}
      </p>
    </>
  );
}
