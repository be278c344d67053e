/**
 * A deep link shows its own year from the first paint: before any of the app's scripts run, the
 * map's outline is already filled for the linked year, and nothing built for the default year
 * (the legend, the year readout) shows beside it.
 */
import { expect, test } from './support/test';

test.describe('a deep link to another year', () => {
  test('with the app’s scripts held back, the map already shows the linked year', async ({ page }) => {
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto('/?year=2003&focus=KGZ', { waitUntil: 'domcontentloaded' });
    const outline = page.locator('svg[data-static-outline]');
    await expect(outline).toHaveAttribute('data-static-outline', '2003');
    await expect(outline).toHaveAttribute('aria-label', /2003/);
    // Kyrgyzstan a member, India nothing yet in 2003 (it is a member in the default year).
    const fillOf = (n: string) => outline.locator(`path[data-n="${n}"]`).getAttribute('fill');
    const memberFill = await fillOf('417');
    expect(await fillOf('356')).not.toBe(memberFill);
    await expect(outline.locator('path[data-n="356"]')).toHaveAttribute('data-status-letter', '-');
    // The legend and year readout were built for the default year: hidden, not wrong.
    await expect(page.locator('[data-map-legend]')).toBeHidden();
    await expect(page.getByRole('slider', { name: 'Year' })).toBeHidden();
  });

  test('once the app runs, the legend and the map show the linked year', async ({ page }) => {
    await page.goto('/?year=2003');
    await expect(page.locator('[data-map-legend]')).toBeVisible();
    await expect(page.locator('[data-map-legend]')).toHaveAttribute('data-map-legend', '2003');
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2003', { timeout: 20_000 });
  });

  test('a link to the default year leaves the page as built', async ({ page }) => {
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).not.toHaveAttribute('data-map-deeplink');
    await expect(page.locator('[data-map-legend]')).toBeVisible();
  });
});
