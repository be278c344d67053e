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
export async function useTheme(page: Page, route: string, theme: ThemeName): Promise<void> {
  const key = isDeckRoute(route) ? 'sco-atlas-deck-theme' : 'sco-atlas-theme';
  await page.addInitScript(([k, t]) => localStorage.setItem(k, t), [key, theme] as const);
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
