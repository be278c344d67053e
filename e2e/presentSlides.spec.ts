/**
 * Briefing mode: each slide fills the screen at 16:9 without scrolling and with type large enough
 * to read; map and chart slides fit their frames; the next slide is loaded and drawn before the briefer moves
 * and hydrates when shown (or when the theme changes).
 */
import { expect, test } from './support/test';
import { currentSlide, expectSlide, readyFrame } from './support/deck';
import { present } from '../locales/en/present';

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

  test('the next slide is loaded and drawn before the briefer moves, shows at once, and runs its scripts only then', async ({ page }) => {
    await page.goto('/present/?slide=7');
    const next = page.locator('section[data-index="7"]');
    await expect(next).toHaveAttribute('aria-hidden', 'true');
    const frame = next.locator('iframe[data-slide-frame]');
    const doc = frame.contentFrame();
    // The terrorism chart's page is there, drawn from its HTML: its title and its bars.
    await expect(doc.getByRole('heading', { name: /terror/i }).first()).toBeAttached({ timeout: 30_000 });
    await expect(doc.locator('svg rect').first()).toBeAttached();
    // …but it has not started its scripts (no hydration competes with the slide on screen).
    await doc.locator('html').evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    await expect(doc.locator('script[src*="/_next/static/chunks/"]:not([nomodule]), link[rel="preload"][as="script"]')).toHaveCount(0);
    await expect(frame).not.toHaveAttribute('data-ready', '');
    // Mark the loaded document: after the move the slide shows that very document, not a new load.
    await doc.locator('html').evaluate((html) => html.setAttribute('data-preloaded', ''));
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 8);
    const shown = currentSlide(page).locator('iframe[data-slide-frame]');
    await expect(shown.contentFrame().locator('html')).toHaveAttribute('data-preloaded', '');
    // Shown, it hydrates: it listens to the deck (theme, keys) like any slide.
    await expect(shown).toHaveAttribute('data-ready', '', { timeout: 30_000 });
    await expect(page.locator('section[data-index="8"] iframe[data-slide-frame]')).toBeAttached();
  });

  test('a slide mounted ahead takes a new theme chosen before it is shown', async ({ page }) => {
    await page.goto('/present/?slide=7');
    const frame = page.locator('section[data-index="7"] iframe[data-slide-frame]');
    await expect(frame.contentFrame().getByRole('heading', { name: /terror/i }).first()).toBeAttached({ timeout: 30_000 });
    await expect(frame.contentFrame().locator('html')).toHaveAttribute('data-theme', 'projector');
    await page.getByRole('combobox', { name: present.deck.theme }).selectOption('dark');
    await expect(frame.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 8);
    await expect(currentSlide(page).locator('iframe[data-slide-frame]').contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
