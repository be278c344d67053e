/**
 * The message saying what an export did is seen and heard (a polite live region, whole, inside the
 * window, on its own background) without covering the map or moving the Export button: on the
 * map, on a chart, and on a phone.
 */
import { expect, test, type Locator, type Page } from './support/test';
import { CHART_PAGE, MAP_PAGE, exportVia } from './support/exports';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** An element's box on the page (not the window: the page may scroll while a menu is used). */
async function pageBox(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
}

/** The status message: seen whole, inside the window, on its own background, in a live region, clear of the button. */
async function expectStatusBeside(page: Page, status: Locator, button: Locator, buttonBefore: Box): Promise<Box> {
  await expect(status).toBeVisible();
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const box = await status.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('no box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // Not cut off: its words fit its box.
  expect(await status.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  // On its own background, not the words alone over whatever is behind.
  expect(await status.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  expect(await pageBox(button), 'the Export button did not move').toEqual(buttonBefore);
  const statusOnPage = await pageBox(status);
  expect(overlaps(statusOnPage, await pageBox(button)), 'the message is clear of the Export button').toBe(false);
  return statusOnPage;
}

test.describe('What an export did is said where it is seen and heard', () => {
  test('on the map: above the map, never over it, the Export button where it was', async ({ page }) => {
    await page.goto(MAP_PAGE);
    await expect(page.locator('svg[data-map-year="2017"]')).toBeVisible({ timeout: 30_000 });
    const button = page.getByRole('button', { name: 'Export map' });
    const before = await pageBox(button);
    const mapBefore = await pageBox(page.locator('svg[data-map-year="2017"]'));
    await exportVia(page, 'Export map', /^PNG 1200 × 675 /);
    const status = page.getByRole('status').filter({ hasText: 'Downloaded sco-map-2017-1200x675.png (1200 × 675 px)' });
    const box = await expectStatusBeside(page, status, button, before);
    const map = await pageBox(page.locator('svg[data-map-year="2017"]'));
    expect(map, 'the map did not move').toEqual(mapBefore);
    expect(overlaps(box, map), 'the message does not cover the map').toBe(false);
  });

  test('on a chart: under its Export button, inside the window, the button where it was', async ({ page }) => {
    await page.goto(CHART_PAGE);
    const button = page.getByRole('button', { name: 'Export chart' });
    await expect(button).toBeVisible();
    const before = await pageBox(button);
    await exportVia(page, 'Export chart', /^PNG 1920 × 1080 /);
    await expectStatusBeside(page, page.getByRole('status').filter({ hasText: 'Downloaded terrorism-2020-1920x1080.png (1920 × 1080 px)' }), button, before);
  });

  test('on a phone: the message fits the narrow window', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(CHART_PAGE);
    const button = page.getByRole('button', { name: 'Export chart' });
    await button.scrollIntoViewIfNeeded();
    const before = await pageBox(button);
    await exportVia(page, 'Export chart', /^PNG 1200 × 675 /);
    await expectStatusBeside(page, page.getByRole('status').filter({ hasText: 'Downloaded terrorism-2020-1200x675.png' }), button, before);
  });
});

