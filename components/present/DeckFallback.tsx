/**
 * What /present shows before its script has read the URL: the title slide, at its place, so the
 * page paints at once (the deck replaces it with the slide the URL names).
 */
import type { Theme } from '@/components/shell/theme';
import { DEFAULT_DECK_THEME } from './deckTheme';
import type { Slide } from './deck';
import { SlideStage } from './SlideStage';
import { resolveSlide, type SlideLibrary } from './slideText';
import { viewChecker } from './viewQuery';
import type { DeckWords } from './words/deckWords';
import { DeckWordsProvider } from './words/DeckWordsContext';
import styles from './Deck.module.css';

export function DeckFallback({ words, library, defaults, theme = DEFAULT_DECK_THEME }: { words: DeckWords; library: SlideLibrary; defaults: readonly Slide[]; theme?: Theme }) {
  const first = defaults[0];
  const views = viewChecker(library.views);
  return (
    <DeckWordsProvider words={words}>
      <div className={styles.deck}>
        <div className={styles.stageArea}>
          {first && <SlideStage slides={[resolveSlide(first, library, views)]} index={0} library={library} theme={theme} preload={false} />}
        </div>
      </div>
    </DeckWordsProvider>
  );
}
