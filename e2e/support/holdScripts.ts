import type { Page } from '@playwright/test';

/**
 * Holds the app's scripts back, so what shows is the built page alone (as a slow phone sees it before
 * its scripts arrive); the returned function lets them through.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
