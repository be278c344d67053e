/**
 * The deck editor at /present/edit/: reorders by keyboard and by drag, removes, retitles, edits
 * notes, presents the result, keeps the work on reload and restores the default.
 */
import { expect, test } from './support/test';
import { currentSlide } from './support/deck';
import { present as t } from '../locales/en/present';

test.describe('your own deck', () => {
  test('keys move the slide picked up, even before the focus has followed it', async ({ page }) => {
    await page.goto('/present/edit/');
    const rows = page.getByRole('list', { name: t.editor.listLabel }).getByRole('listitem');
    await expect(rows).toHaveCount(13);
    const third = (await rows.nth(2).locator('strong').textContent()) ?? '';
    await page.getByRole('button', { name: /^Drag slide 3,/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    // A fast second key lands on the handle the focus was on: the slide that moved down into row 3.
    await page.getByRole('button', { name: /^Drag slide 3,/ }).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await expect(rows.first().locator('strong')).toHaveText(third);
  });

  test('the editor reorders by keyboard and drag, removes, retitles, edits notes and restores the default', async ({ page }) => {
    await page.goto('/present/edit/');
    const slides = page.getByRole('list', { name: t.editor.listLabel });
    const rows = slides.getByRole('listitem');
    await expect(rows).toHaveCount(13);
    const firstTitle = () => rows.first().locator('strong');

    // Keyboard: pick slide 3 up, move it up twice, drop it.
    const handle = page.getByRole('button', { name: /^Drag slide 3,/ });
    await handle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await expect(firstTitle()).toHaveText(/, 2001$/);
    await expect(page.getByRole('status').filter({ hasText: 'dropped' })).toBeAttached();

    // Drag by its handle: slide 1 onto slide 2.
    await page.getByRole('button', { name: /^Drag slide 1,/ }).dragTo(rows.nth(1));
    await expect(firstTitle()).toHaveText('SCO Security Atlas');

    await page.getByRole('button', { name: 'Remove slide 13' }).click();
    await expect(rows).toHaveCount(12);
    await page.getByRole('textbox', { name: 'Title of slide 1', exact: true }).fill('Where we started');
    await page.getByRole('textbox', { name: 'Notes for slide 1', exact: true }).fill('Open with the founding five.');
    await expect(page).toHaveURL(/deck=/);

    await page.getByRole('link', { name: t.editor.present }).click();
    await expect(currentSlide(page)).toHaveAttribute('aria-label', 'Slide 1 of 12: Where we started');
    await page.keyboard.press('n');
    await expect(page.getByRole('region', { name: t.notes.heading })).toContainText('Open with the founding five.');

    // Reload keeps the work (this browser), and Restore brings the default back.
    await page.goto('/present/edit/');
    await expect(rows).toHaveCount(12);
    await page.getByRole('button', { name: t.editor.restore }).click();
    await expect(rows).toHaveCount(13);
    await expect(page).toHaveURL((url) => !url.searchParams.has('deck'));
  });
});
