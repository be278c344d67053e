/**
 * Themes: what the user can choose, how a choice resolves to the `data-theme` on <html>, and the
 * tiny inline script that applies the stored choice before first paint (no flash of the wrong
 * theme). Shared by the layout (server) and ThemeSwitch (client).
 */

/** The themes globals.css defines. */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** What the user picks: a theme, or `system` to follow the device's light/dark preference. */
export const THEME_CHOICES = ['system', ...THEMES] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** localStorage key of the stored choice (absent means `system`). */
export const THEME_STORAGE_KEY = 'sco-atlas-theme';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The stored choice, or `system` for anything missing or unknown. */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return isTheme(stored) ? stored : 'system';
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return prefersDark ? 'dark' : 'light';
}

/** Runs in <head> before the body paints. Must not throw (storage can be blocked). */
export const THEME_SCRIPT = `(function(){var d=document.documentElement,t=null;try{t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)})}catch(e){}if(${JSON.stringify(THEMES)}.indexOf(t)<0){t=window.matchMedia&&window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.setAttribute('data-theme',t)})();`;
