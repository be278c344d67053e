import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';

/** Every prerendered page of the built site (out/), as a path. */
function routes(): string[] {
  const out = join(__dirname, '..', 'out');
  const found: string[] = [];
  const walk = (dir: string, path: string) => {
    if (existsSync(join(dir, 'index.html'))) found.push(path);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'geo' && entry.name !== 'data-files') walk(join(dir, entry.name), `${path}${entry.name}/`);
    }
  };
  walk(out, '/');
  return found;
}

const PHONE = { width: 360, height: 780 };

test.describe('on a phone (360 × 780)', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('no page scrolls sideways', async ({ page }) => {
    test.setTimeout(180_000);
    const pages = routes();
    expect(pages.length).toBeGreaterThan(15);
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      // Against the phone's width, not innerWidth: a mobile browser zooms out to fit a page that overflows.
      const overflow = await page.evaluate((width) => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - width, PHONE.width);
      if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
    }
    expect(wide).toEqual([]);
  });
});

test.describe('the map on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('tapping a state shows its details in view; closing returns to the map', async ({ page }) => {
    await page.goto('/?year=2024');
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2024', { timeout: 20_000 });
    const kazakhstan = page.locator('[data-id="KAZ"][role="button"]');
    await kazakhstan.scrollIntoViewIfNeeded();
    const box = await kazakhstan.boundingBox();
    if (!box) throw new Error('Kazakhstan is not drawn');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const heading = page.getByRole('heading', { name: 'Kazakhstan', level: 2 });
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
    await page.getByRole('button', { name: 'Close details' }).tap();
    await expect(heading).toHaveCount(0);
    await expect(kazakhstan).toBeInViewport();
  });
});

test.describe('small states on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  // Each tapped 10 px off its centre, away from its neighbours' targets (Bahrain and Qatar are close).
  for (const [iso, name, dx, dy] of [
    ['BHR', 'Bahrain', 0, -10],
    ['QAT', 'Qatar', 0, 10],
    ['MDV', 'Maldives', 10, 0],
  ] as const) {
    test(`${name} can be tapped 10 px off its centre`, async ({ page }) => {
      await page.goto('/?year=2024');
      await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2024', { timeout: 20_000 });
      const target = page.locator(`[data-id="${iso}"][data-touch-target]`);
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      if (!box) throw new Error(`${name} has no touch target`);
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      await page.touchscreen.tap(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
      await expect(page.getByRole('heading', { name, level: 2 })).toBeInViewport();
    });
  }
});
