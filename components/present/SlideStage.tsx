'use client';
/**
 * The slides a window shows: the current one and, hidden and inert, its neighbours, mounted ahead
 * so that their frames have loaded (and their maps drawn) by the time the briefer moves: the next
 * slide shows at once. Each slide keeps its frame while it stays in the window. A neighbour's frame
 * is painted but not hydrated until it is shown (SlideFrame `held`): the page it frames costs its
 * download and first paint ahead, its scripts when the briefer moves to it.
 */
import type { Theme } from '@/components/shell/theme';
import type { Slide } from './deck';
import { slideTitle, SlideView } from './SlideView';
import type { ResolvedSlide, SlideLibrary } from './slideText';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Slide.module.css';

export interface SlideStageProps {
  slides: readonly ResolvedSlide[];
  index: number;
  library: SlideLibrary;
  theme: Theme;
  /** Mount the previous and next slides too (hidden), so moving shows them at once. */
  preload?: boolean;
  /** The year each map slide shows now (by index), as its map reports it while playing. */
  liveYears?: Readonly<Record<number, number>>;
  /** A request to play the map of slide `index`: each new `n` plays it once. */
  play?: { index: number; n: number };
  /** A preview (the presenter view): nothing in it takes focus or the pointer. */
  preview?: boolean;
}

/** What identifies a slide's content: a frame is kept while its slide shows the same view. */
function viewKey(slide: Slide): string {
  return slide.kind === 'map' ? `map|${slide.query}` : slide.kind === 'chart' ? `chart|${slide.chart}|${slide.query}` : slide.kind;
}

export function SlideStage({ slides, index, library, theme, preload = true, liveYears = {}, play, preview = false }: SlideStageProps) {
  const { words, t } = useDeckWords();
  const shown = (preload ? [index - 1, index, index + 1] : [index]).filter((i) => i >= 0 && i < slides.length);
  return (
    <div className={styles.stage} data-slide-stage="">
      {shown.map((i) => {
        const resolved = slides[i];
        if (!resolved) return null;
        const current = i === index;
        const title = slideTitle(resolved, library, liveYears[i]);
        return (
          <section
            key={`${i}|${viewKey(resolved.slide)}`}
            className={styles.slot}
            data-index={i}
            data-hidden={current ? undefined : ''}
            data-current={current ? '' : undefined}
            inert={!current || preview}
            aria-hidden={current ? undefined : true}
            role="group"
            aria-roledescription="slide"
            aria-label={t(words.deck.slideLabel, { n: i + 1, count: slides.length, title })}
          >
            <SlideView
              resolved={resolved}
              library={library}
              position={i + 1}
              theme={theme}
              liveYear={liveYears[i]}
              playRequest={play?.index === i ? play.n : 0}
              held={!current && !preview}
            />
          </section>
        );
      })}
    </div>
  );
}
