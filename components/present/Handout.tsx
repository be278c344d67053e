'use client';
/**
 * The handout: what printing the deck gives (one slide per page, its notes and sources below, no
 * controls; "Download PDF" is the browser's print to PDF). The notes are always in it; the slides'
 * figures (their frames) are mounted only when the briefer asks for the handout, which waits until
 * every frame is ready, then opens the print dialog. Printed directly (Ctrl+P), it holds each
 * slide's title and words without the figure.
 */
import { useEffect, useRef } from 'react';
import type { Theme } from '@/components/shell/theme';
import { NotesBody } from './NotesPanel';
import { slideTitle, SlideView } from './SlideView';
import type { ResolvedSlide, SlideLibrary } from './slideText';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Deck.module.css';
import slideStyles from './Slide.module.css';

export interface HandoutProps {
  slides: readonly ResolvedSlide[];
  library: SlideLibrary;
  theme: Theme;
  /** Mount the figures and print once they are ready. */
  active: boolean;
  onDone: () => void;
}

/** Print anyway after this long, with whatever frames have loaded. */
const READY_TIMEOUT_MS = 30_000;

export function Handout({ slides, library, theme, active, onDone }: HandoutProps) {
  const { words, t } = useDeckWords();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const frames = root.current?.querySelectorAll('iframe[data-slide-frame]') ?? [];
      const ready = [...frames].every((f) => f.hasAttribute('data-ready'));
      if (!ready && Date.now() - started < READY_TIMEOUT_MS) return;
      clearInterval(timer);
      window.addEventListener('afterprint', onDone, { once: true });
      window.print();
    }, 250);
    return () => clearInterval(timer);
  }, [active, onDone]);

  return (
    <div ref={root} className={styles.handout} data-active={active || undefined} aria-hidden="true" inert>
      {slides.map((resolved, i) => (
        <article key={i} className={styles.page}>
          <p className={styles.pageNumber}>{t(words.deck.counterLabel, { n: i + 1, count: slides.length })}</p>
          {active ? (
            <div className={styles.printSlide}>
              <div className={slideStyles.stage}>
                <div className={slideStyles.slot}>
                  <SlideView resolved={resolved} library={library} position={i + 1} theme={theme} />
                </div>
              </div>
            </div>
          ) : (
            <h2 className={styles.pageTitle}>{slideTitle(resolved, library)}</h2>
          )}
          <div className={styles.pageNotes}>
            <NotesBody resolved={resolved} headingLevel={2} />
            {!active && (
              <p className={styles.pageSource}>
                {resolved.text.sourceLine}
                {resolved.text.sourceLine === '' ? '' : ' · '}
                {resolved.text.asOfText}
              </p>
            )}
          </div>
        </article>
      ))}
    </div>
  );
}
