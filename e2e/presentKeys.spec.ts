/**
 * Briefing mode: the deck at /present moved by every clicker key, a number then Enter, the
 * toolbar, a swipe, and keys pressed inside a slide's frame; A plays the map, N shows the speaker
 * notes, B and . black the screen, F goes full screen and Esc leaves it, then the deck.
 */
import { expect, test } from './support/test';
import { currentSlide, expectSlide, readyFrame, slideCount } from './support/deck';
import { present as t } from '../locales/en/present';

test.describe('the deck', () => {
  test('every clicker key moves it, a number then Enter jumps, and the counter says where', async ({ page }) => {
    await page.goto('/present/?slide=1');
    await expectSlide(page, 1);
    const count = await slideCount(page);
    expect(count).toBe(13);
    for (const [key, n] of [
      ['ArrowRight', 2],
      ['ArrowDown', 3],
      ['PageDown', 4],
      ['Space', 5],
      ['Enter', 6],
      ['ArrowLeft', 5],
      ['ArrowUp', 4],
      ['PageUp', 3],
      ['Shift+Space', 2],
      ['End', count],
      ['ArrowRight', count],
      ['Home', 1],
      ['ArrowLeft', 1],
    ] as const) {
      await page.keyboard.press(key);
      await expectSlide(page, n);
    }
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await expect(page.getByText('Go to slide 11…')).toBeVisible();
    await page.keyboard.press('Enter');
    await expectSlide(page, 11);
    await page.keyboard.press('9');
    await page.keyboard.press('9');
    await page.keyboard.press('Enter');
    await expectSlide(page, count);
    // The toolbar's buttons do the same.
    await page.getByRole('button', { name: t.deck.previous }).click();
    await expectSlide(page, count - 1);
  });

  test('a swipe moves it on a touch screen', async ({ page }) => {
    await page.goto('/present/?slide=1');
    const swipe = async (from: number, to: number) =>
      page.locator('[data-slide-stage]').evaluate(
        (el, [a, b]) => {
          const opts = { pointerType: 'touch', isPrimary: true, pointerId: 7, bubbles: true, clientY: 400 };
          el.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: a }));
          el.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: b }));
        },
        [from, to],
      );
    await swipe(900, 300);
    await expectSlide(page, 2);
    await swipe(300, 900);
    await expectSlide(page, 1);
  });

  test('keys pressed inside a slide’s frame move the deck; keys its controls need stay there', async ({ page }) => {
    await page.goto('/present/?slide=8');
    const chart = (await readyFrame(page)).contentFrame();
    await chart.getByRole('link', { name: /Link to this view/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 9);

    await page.goto('/present/?slide=3');
    const map = (await readyFrame(page)).contentFrame();
    const slider = map.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('2002');
    await expectSlide(page, 3);
    await map.getByRole('button', { name: 'List view' }).focus();
    await page.keyboard.press('PageDown');
    await expectSlide(page, 4);
  });

  test('A plays the map from 1996, and the slide’s title follows its year', async ({ page }) => {
    await page.goto('/present/?slide=3');
    const map = (await readyFrame(page)).contentFrame();
    await expect(map.getByRole('slider', { name: 'Year' })).toHaveValue('2001');
    await page.keyboard.press('a');
    await expect(map.getByRole('slider', { name: 'Year' })).toHaveValue(/^(1996|1997|1998)$/);
    await expect(currentSlide(page).getByRole('heading', { level: 2, name: /, 1998$/ })).toBeVisible({ timeout: 10_000 });
  });

  test('N shows the speaker notes from the data; B and . black the screen', async ({ page }) => {
    await page.goto('/present/?slide=3');
    await page.keyboard.press('n');
    const notes = page.getByRole('region', { name: t.notes.heading });
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('Members in 2001: 6 — China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan.');
    await expect(notes.getByRole('heading', { name: t.notes.sources })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(notes).toContainText('India: Member from 9 June 2017');
    await page.goto('/present/?slide=8');
    await page.getByRole('button', { name: t.deck.notes }).click();
    await expect(notes).toContainText('Russia, terrorist attacks prevented, 2020: 41 (disputed: 44');
    await expect(notes.getByRole('heading', { name: t.notes.contested })).toBeVisible();
    await page.keyboard.press('N');
    await expect(notes).toBeHidden();

    const black = page.getByRole('status').filter({ hasText: t.deck.blackedOut });
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await expect(black).toBeAttached();
      const covered = await page.evaluate(() => {
        const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        return top ? getComputedStyle(top).backgroundColor : '';
      });
      expect(covered).toBe('rgb(0, 0, 0)');
      await page.keyboard.press(key);
      await expect(black).toHaveCount(0);
    }
  });

  test('F goes full screen; Esc leaves full screen, then the deck', async ({ page }) => {
    await page.goto('/present/?slide=2');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(page.getByRole('button', { name: t.deck.fullscreen })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expectSlide(page, 2);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL((url) => url.pathname === '/');
  });
});
