/**
 * The deck's own theme: chosen in the deck (projector by default: high contrast for a room), kept
 * apart from the site's theme, applied to the deck's pages before they paint and passed to every
 * slide's frame (`theme=` in its address, then `theme` messages). Pure.
 */
import { isTheme, THEMES, type Theme } from '@/components/shell/theme';

export const DECK_THEME_KEY = 'sco-atlas-deck-theme';
export const DEFAULT_DECK_THEME: Theme = 'projector';
/** In the order the deck offers them. */
export const DECK_THEMES: readonly Theme[] = ['projector', 'dark', 'light'];

export function parseDeckTheme(stored: string | null | undefined): Theme {
  return isTheme(stored) ? stored : DEFAULT_DECK_THEME;
}

/** Runs in the deck's pages before they paint: the stored deck theme on <html>. Must not throw. */
export const DECK_THEME_SCRIPT = `(function(){var t=null;try{t=localStorage.getItem(${JSON.stringify(DECK_THEME_KEY)})}catch(e){}if(${JSON.stringify(
  THEMES,
)}.indexOf(t)<0)t=${JSON.stringify(DEFAULT_DECK_THEME)};document.documentElement.setAttribute('data-theme',t)})();`;
