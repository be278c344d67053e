/**
 * Finding and reaching things on the map explorer on /: a year step's markers and their one tab
 * stop, a marker's details opened from the keyboard alone, "Find a state" (zoom and details, and
 * the names people type), and the hint the wheel shows where the pointer is.
 */
import { expect, test } from './support/test';
import { mapShows, slider } from './support/mapExplorer';

test.describe('map explorer on /', () => {
  test('a year step shows that year’s markers, one tab stop among them, without rewriting a marker', async ({ page }) => {
    await page.goto('/?year=2006');
    await mapShows(page, 2006);
    const chebarkul = page.getByRole('button', { name: /^Peace Mission 2007, Chebarkul/ });
    await expect(page.getByRole('button', { name: /^Peace Mission 2005/ }).first()).toBeVisible({ timeout: 20_000 });
    await expect(chebarkul).toHaveCount(0);
    // Watch the marker layer: a step may move the tab stop, nothing else.
    await page.evaluate(() => {
      const layer = document.querySelector('[data-marker-layer]');
      const w = window as unknown as { __markerChanges: string[] };
      w.__markerChanges = [];
      new MutationObserver((records) => {
        for (const r of records) w.__markerChanges.push(r.type === 'attributes' ? (r.attributeName ?? '') : r.type);
      }).observe(layer as Node, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await mapShows(page, 2007);
    await expect(chebarkul).toHaveCount(1);
    await expect(chebarkul).toHaveAttribute('data-current');
    await page.keyboard.press('ArrowRight');
    await mapShows(page, 2008);
    await expect(chebarkul).toHaveCount(1);
    await expect(chebarkul).not.toHaveAttribute('data-current');
    const changes = await page.evaluate(() => (window as unknown as { __markerChanges: string[] }).__markerChanges);
    expect(changes.filter((c) => c !== 'tabindex')).toEqual([]);
    // One tab stop among the markers, and it is on one the reader can see.
    await expect(page.locator('[data-marker][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('[data-marker][tabindex="0"]')).toBeVisible();
  });

  test('a marker’s details open from the keyboard alone', async ({ page }) => {
    await page.goto('/?year=2007');
    await mapShows(page, 2007);
    await slider(page).focus();
    // Tab on until a marker holds focus (one tab stop for all markers).
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-marker') ?? false)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-marker'))).toBe(true);
    for (let i = 0; i < 60; i++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (name.startsWith('Peace Mission 2007, Chebarkul')) break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Peace Mission 2007, Chebarkul, Russia, August 2007');
    await expect(page.getByRole('tooltip')).toContainText('Peace Mission 2007');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Peace Mission 2007', level: 2 });
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(/sel=peace-mission-2007/);
    const details = page.locator('[data-details="peace-mission-2007"]');
    await expect(details).toContainText('Chebarkul');
    await expect(details).toContainText('Sources');
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(page.locator(':focus')).toHaveAttribute('data-event', 'peace-mission-2007');
  });

  test('searching for a state zooms to it and opens its details', async ({ page }) => {
    await page.goto('/?year=2024');
    await mapShows(page, 2024);
    const search = page.getByRole('combobox', { name: 'Find a state' });
    await search.fill('kyrg');
    await expect(page.getByRole('option', { name: 'Kyrgyzstan (KGZ)' })).toBeVisible();
    await search.press('Enter');
    await expect(page).toHaveURL(/focus=KGZ/);
    await expect(page).toHaveURL(/z=\d/);
    await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toBeVisible();
    const transform = await page.locator('.rsm-zoomable-group').getAttribute('transform');
    const k = Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1]);
    expect(k).toBeGreaterThan(3);

    await search.fill('IND');
    await search.press('Enter');
    await expect(page).toHaveURL(/focus=IND/);
  });

  test('finds a state by the names people type: a former name, an abbreviation, Russian, Chinese', async ({ page }) => {
    await page.goto('/?year=2024');
    await mapShows(page, 2024);
    const search = page.getByRole('combobox', { name: 'Find a state' });
    for (const [query, option] of [
      ['Burma', 'Myanmar (MMR)'],
      ['UAE', 'United Arab Emirates (ARE)'],
      ['Киргизия', 'Kyrgyzstan (KGZ)'],
      ['中国', 'China (CHN)'],
    ] as const) {
      await search.fill(query);
      await expect(page.getByRole('option', { name: option })).toBeVisible();
      await expect(page.getByText('1 matching state')).toBeAttached();
    }
  });
});

test.describe('the wheel hint', () => {
  test('shows where the pointer is, not at the map’s foot', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 640 });
    await page.goto('/?year=2024');
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2024', { timeout: 20_000 });
    const map = page.locator('svg[data-map-year]');
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    const pointer = { x: box.x + box.width * 0.3, y: box.y + 120 };
    await page.mouse.move(pointer.x, pointer.y);
    await page.mouse.wheel(0, 40);
    const hint = page.getByText('Hold Ctrl (⌘ on a Mac) and scroll to zoom, or click the map first');
    await expect(hint).toBeInViewport();
    const at = await hint.boundingBox();
    if (!at) throw new Error('no hint');
    expect(Math.abs(at.y + at.height - pointer.y)).toBeLessThan(80);
  });
});
