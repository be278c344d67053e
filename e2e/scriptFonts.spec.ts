/**
 * The fonts of the Russian and Chinese pages' scripts, as the browser fetches them.
 * - Chinese (lib/fonts/cjkScreenFont.ts), on this machine, which has no Chinese font the stack
 *   names (only Droid Sans Fallback): Chinese is drawn in the site's Noto Sans SC, fetched from the
 *   site, and a page fetches only the file whose characters it writes: the home page the first
 *   file alone, a page with the deck's or the data's words the second as well. English and Russian
 *   pages fetch neither. A reader with none of the Chinese fonts the stack names gets the first
 *   file preloaded, so the page does not move when it arrives (readers with one preload nothing).
 * - Russian (lib/fonts/cyrillicScreenFont.ts): Inter's Cyrillic file is preloaded, so the heading
 *   is in Inter from the first paint and nothing below it moves when the font arrives; English
 *   and Chinese pages neither preload nor fetch it.
 */
import { expect, hydrated, test, type Page } from './support/test';

const FAMILY = 'Atlas Noto Sans SC';
const CYRILLIC_FAMILY = 'Atlas Inter Cyrillic';

/** The site's Chinese font files this page fetched, by file name. */
async function screenFontFiles(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/fonts/generated/noto-sans-sc-400-screen-'))
      .map((p) => p.slice(p.lastIndexOf('/') + 1))
      .sort(),
  );
}

test.describe('the Chinese pages’ font', () => {
  test('the Chinese home page draws its Chinese in the site’s font and fetches only its first file', async ({ page }) => {
    await page.goto('/zh/');
    await hydrated(page);
    const heading = page.getByRole('heading', { level: 1 }).first();
    await expect(heading).toHaveText(/[\u4e00-\u9fff]/);
    // The heading's own characters are drawn with the site's face (the system has none the stack names).
    const text = (await heading.textContent()) ?? '';
    await expect.poll(() => page.evaluate(([family, chars]) => document.fonts.check(`16px '${family}'`, chars), [FAMILY, text] as const)).toBe(true);
    expect(await screenFontFiles(page)).toEqual(['noto-sans-sc-400-screen-1.woff2']);
  });

  test('a page with words beyond the home page’s fetches the second file too, and draws them', async ({ page }) => {
    await page.goto('/zh/data/');
    await hydrated(page);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/[\u4e00-\u9fff]/);
    expect(await screenFontFiles(page)).toEqual(['noto-sans-sc-400-screen-1.woff2', 'noto-sans-sc-400-screen-2.woff2']);
    const text = await page.locator('main').innerText();
    expect(await page.evaluate(([family, chars]) => document.fonts.check(`16px '${family}'`, chars), [FAMILY, text] as const)).toBe(true);
  });

  test.describe('a reader with no Chinese font of their own', () => {
    test.use({ viewport: { width: 412, height: 823 } });
    test.beforeEach(async ({ page }) => {
      // Every family measures alike: none of those the stack names is there (as on this machine).
      await page.addInitScript(() => {
        CanvasRenderingContext2D.prototype.measureText = function measureText(text: string) {
          return { width: text.length * 10 } as TextMetrics;
        };
      });
    });

    test('gets the first file preloaded, and nothing above the map moves when it arrives', async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: number };
        w.__shifts = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shifts += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('/zh/');
      await expect(page.locator('head link[rel="preload"][as="font"][href^="/fonts/generated/noto-sans-sc-400-screen-1.woff2"]')).toHaveCount(1);
      await hydrated(page);
      expect(await screenFontFiles(page)).toEqual(['noto-sans-sc-400-screen-1.woff2']);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBeLessThanOrEqual(0.01);
    });
  });

  test('a reader whose browser has PingFang SC preloads nothing', async ({ page }) => {
    await page.addInitScript(() => {
      const measure = CanvasRenderingContext2D.prototype.measureText;
      CanvasRenderingContext2D.prototype.measureText = function measureText(this: CanvasRenderingContext2D, text: string) {
        return this.font.includes('PingFang SC') ? ({ width: text.length * 11 } as TextMetrics) : measure.call(this, text);
      };
    });
    await page.goto('/zh/');
    await hydrated(page);
    await expect(page.locator('link[rel="preload"][as="font"][href*="noto-sans-sc"]')).toHaveCount(0);
  });

  for (const path of ['/', '/ru/']) {
    test(`${path} fetches no Chinese font and declares none`, async ({ page }) => {
      await page.goto(path);
      await hydrated(page);
      expect(await screenFontFiles(page)).toEqual([]);
      expect(await page.evaluate((family) => [...document.fonts].some((f) => f.family.replace(/['"]/g, '') === family), FAMILY)).toBe(false);
    });
  }
});

test.describe('the Russian pages’ font', () => {
  test('the Russian home page preloads Inter’s Cyrillic file and draws its heading with it', async ({ page }) => {
    await page.goto('/ru/');
    const preload = page.locator('link[rel="preload"][as="font"][href^="/fonts/inter-cyrillic-400-900.woff2"]');
    await expect(preload).toHaveCount(1);
    await hydrated(page);
    const text = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
    expect(text).toMatch(/[а-яё]/i);
    expect(await page.evaluate(([family, chars]) => document.fonts.check(`16px '${family}'`, chars), [CYRILLIC_FAMILY, text] as const)).toBe(true);
    const loaded = await page.evaluate((family) => [...document.fonts].filter((f) => f.family.replace(/['"]/g, '') === family).map((f) => f.status), CYRILLIC_FAMILY);
    expect(loaded).toEqual(['loaded']);
  });

  for (const path of ['/', '/zh/']) {
    test(`${path} neither preloads nor declares the Cyrillic file`, async ({ page }) => {
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('link[rel="preload"][href*="inter-cyrillic"]')).toHaveCount(0);
      expect(await page.evaluate((family) => [...document.fonts].some((f) => f.family.replace(/['"]/g, '') === family), CYRILLIC_FAMILY)).toBe(false);
    });
  }
});
