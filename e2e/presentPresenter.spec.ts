/**
 * The presenter view: opened from the deck with P, it follows the deck and drives it, and says
 * when the deck closes.
 */
import { expect, test } from './support/test';
import { expectSlide } from './support/deck';
import { present as t } from '../locales/en/present';

test.describe('the presenter view', () => {
  test('opens on P, follows the deck and drives it, and says when the deck closes', async ({ page, context }) => {
    await page.goto('/present/?slide=2');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForLoadState();
    await expect(presenter).toHaveURL(/\/present\/presenter\//);
    await expect(presenter.getByRole('status').filter({ hasText: t.presenter.connected })).toBeVisible({ timeout: 20_000 });
    const currentLabel = presenter.getByRole('heading', { level: 2, name: /^Current slide · / });
    await expect(currentLabel).toHaveText('Current slide · 2 / 13');
    await expect(presenter.getByRole('region', { name: t.presenter.next })).toBeVisible();
    await expect(presenter.getByText(/^\d{2}:\d{2}$/).first()).toBeVisible();

    // The deck drives the presenter view…
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    await expect(currentLabel).toHaveText('Current slide · 3 / 13');
    await expect(presenter.getByRole('region', { name: t.notes.heading })).toContainText('Members in 2001: 6');

    // …and keys in the presenter view drive the deck.
    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await expectSlide(page, 4);
    await expect(currentLabel).toHaveText('Current slide · 4 / 13');
    await presenter.keyboard.press('End');
    await expectSlide(page, 13);
    await presenter.keyboard.press('b');
    await expect(page.getByRole('status').filter({ hasText: t.deck.blackedOut })).toBeAttached();

    await page.close();
    await expect(presenter.getByRole('status').filter({ hasText: t.presenter.closed })).toBeVisible({ timeout: 10_000 });
  });
});
