/**
 * Briefing mode: each slide fills the screen at 16:9 without scrolling and with type large enough
 * to read; map and chart slides fit their frames; the next slide is loaded before the briefer moves.
 */
import { expect, test } from './support/test';
import { currentSlide, expectSlide, readyFrame } from './support/deck';

test.describe('the deck', () => {
  test('the slide fills the screen at 16:9 without scrolling, its type at least 1/30 of its height', async ({ page }) => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
      { width: 800, height: 900 },
    ]) {
      await page.setViewportSize(size);
      for (const n of [1, 3, 12]) {
        await page.goto(`/present/?slide=${n}`);
        const slide = currentSlide(page).locator('> div').first();
        const box = await slide.boundingBox();
        if (!box) throw new Error('no slide box');
        expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height + 1);
        const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth);
        expect(scrolls).toBe(false);
        const smallest = await slide.evaluate((el) =>
          Math.min(...[...el.querySelectorAll('p, li, h2, strong, a')].filter((e) => e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))),
        );
        expect(smallest, `slide ${n} at ${size.width}×${size.height}`).toBeGreaterThanOrEqual(box.height / 30 - 0.01);
      }
    }
  });

  test('a map or chart slide fits its frame: nothing scrolls inside it, tall charts included', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // The latest year's map, then membership, terrorism, RATS, exercises and milestones.
    await page.goto('/present/?slide=6');
    for (let n = 6; n <= 11; n++) {
      if (n > 6) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      const frame = (await readyFrame(page)).contentFrame();
      const overflow = await frame.locator('html').evaluate((html) => ({ x: html.scrollWidth - html.clientWidth, y: html.scrollHeight - html.clientHeight }));
      expect(overflow, `slide ${n}`).toEqual({ x: 0, y: 0 });
    }
  });

  test('the next slide is loaded before the briefer moves, and shows at once', async ({ page }) => {
    await page.goto('/present/?slide=7');
    const next = page.locator('section[data-index="7"]');
    await expect(next).toHaveAttribute('aria-hidden', 'true');
    const frame = next.locator('iframe[data-slide-frame]');
    await expect(frame).toHaveAttribute('data-ready', '', { timeout: 30_000 });
    // Mark the loaded document: after the move the slide shows that very document, not a new load.
    await frame.contentFrame().locator('html').evaluate((html) => html.setAttribute('data-preloaded', ''));
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 8);
    await expect(currentSlide(page).locator('iframe[data-slide-frame]').contentFrame().locator('html')).toHaveAttribute('data-preloaded', '');
    await expect(page.locator('section[data-index="8"] iframe[data-slide-frame]')).toBeAttached();
  });
});
