/** Briefing mode's pages (a map slide, a chart slide, the presenter view, the editor) pass axe in the light and projector themes. */
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';

test.describe('accessibility (axe)', () => {
  for (const path of ['/present/?slide=3', '/present/?slide=8', '/present/presenter/', '/present/edit/']) {
    for (const theme of ['light', 'projector'] as const) {
      test(`${path} in the ${theme} theme has no violations`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.addInitScript((th) => localStorage.setItem('sco-atlas-deck-theme', th), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const frames = page.locator('[data-current] iframe[data-slide-frame]');
        if ((await frames.count()) > 0) {
          await expect(frames.first()).toHaveAttribute('data-ready', '', { timeout: 30_000 });
          await expect(frames.first().contentFrame().locator('html')).toHaveAttribute('data-theme', theme);
        }
        await expectNoAxeViolations(page, theme);
      });
    }
  }
});
