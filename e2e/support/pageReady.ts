/**
 * Opens a built page in a theme and waits until what it shows is drawn: the interactive map on
 * pages that have one, the current slide's frame in the deck. Shared by the accessibility and
 * hostile-input specs.
 */
import { expect, type Page } from './test';
import { isDeckRoute } from './routes';

export type ThemeName = 'light' | 'dark' | 'projector';

/** The themes each page is checked in: the deck's pages have the projector theme as their default. */
export const themesFor = (route: string): ThemeName[] => (isDeckRoute(route) ? ['light', 'dark', 'projector'] : ['light', 'dark']);

/** Stores `theme` as the reader's choice (the deck keeps its own), applied before the page paints. */
export async function storeTheme(page: Page, route: string, theme: ThemeName): Promise<void> {
  const key = isDeckRoute(route) ? 'sco-atlas-deck-theme' : 'sco-atlas-theme';
  await page.addInitScript(([k, t]) => localStorage.setItem(k, t), [key, theme] as const);
}

/**
 * Shows the page in `theme` as the reader's Theme menu would, without reloading it: the choice
 * stored and set on <html> (components/shell/ThemeSwitch.tsx). A page with frames (the
 * dashboard's charts, the deck's slides) passes the theme to them as it loads, so it is reloaded.
 */
export async function switchTheme(page: Page, route: string, theme: ThemeName): Promise<void> {
  const key = isDeckRoute(route) ? 'sco-atlas-deck-theme' : 'sco-atlas-theme';
  const frames = await page.locator('iframe').count();
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [key, theme] as const);
  if (frames > 0 || isDeckRoute(route)) {
    await storeTheme(page, route, theme);
    await page.reload();
    await pageDrawn(page);
  } else {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Waits for the map (where there is one) and the deck's current slide (on the deck's pages). */
export async function pageDrawn(page: Page): Promise<void> {
  if ((await page.locator('#map-export, [data-embedded-map]').count()) > 0) {
    await expect(page.locator('svg[data-map-year]').first()).toHaveAttribute('data-map-year', /^\d{4}$/, { timeout: 20_000 });
  }
  const frames = page.locator('[data-current] iframe[data-slide-frame]');
  if ((await frames.count()) > 0) await expect(frames.first()).toHaveAttribute('data-ready', '', { timeout: 30_000 });
}

/** Collects what a reader would never want to see logged: page errors, console errors, dialogs. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}
