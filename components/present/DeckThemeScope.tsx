'use client';
/**
 * Keeps the deck's theme on the deck's pages and only there. The layout's script applies it before
 * the first paint on a page load; this applies it when the reader arrives by a link inside the
 * site (scripts in a page reached that way do not run), and puts the site's own theme back when
 * they leave for the rest of the site.
 */
import { useEffect } from 'react';
import { parseThemeChoice, resolveTheme, THEME_STORAGE_KEY } from '@/components/shell/theme';
import { DECK_THEME_KEY, parseDeckTheme } from './deckTheme';

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function DeckThemeScope() {
  useEffect(() => {
    const html = document.documentElement;
    html.setAttribute('data-theme', parseDeckTheme(stored(DECK_THEME_KEY)));
    return () => {
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      html.setAttribute('data-theme', resolveTheme(parseThemeChoice(stored(THEME_STORAGE_KEY)), dark));
    };
  }, []);
  return null;
}
