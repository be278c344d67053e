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
import styles from './Deck.module.css';
import type { Locale } from '@/lib/i18n';

export function DeckFallback({ library, defaults, theme = DEFAULT_DECK_THEME }: { locale: Locale; library: SlideLibrary; defaults: readonly Slide[]; theme?: Theme }) {
  const first = defaults[0];
  const views = viewChecker(library.views);
  return (
    <div className={styles.deck}>
      <div className={styles.stageArea}>
        {first && <SlideStage slides={[resolveSlide(first, library, views)]} index={0} library={library} theme={theme} preload={false} />}
      </div>
    </div>
  );
}
