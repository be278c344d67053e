import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { currentSlide } from './support/deck';
import { present as ru } from '../locales/ru/present';
import { present as zh } from '../locales/zh/present';
import { shell as ruShell } from '../locales/ru/shell';
import { shell as zhShell } from '../locales/zh/shell';

/**
 * Briefing mode in Russian and Chinese: the deck at /ru/present/ and /zh/present/ says its slides
 * and its controls in the page's language, moves with the keyboard (the letter shortcuts too, in a
 * Russian layout), frames the map and the charts in its language, and its language switcher keeps
 * the custom deck and the slide.
 */

/** A deck of three of the default slides (the title, a map, a chart): `d<n>` is default slide n. */
const DECK = '1~d0~d2~d4';

/** "Слайд 2 из 3: …" from the locale's own message. */
function slideLabel(template: string, n: number, count: number): RegExp {
  const [before, after] = template.replace('{n}', String(n)).replace('{count}', String(count)).split('{title}');
  const escape = (s: string | undefined) => (s ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}.+${escape(after)}$`);
}

for (const [locale, t, languageLabel, title] of [
  ['ru', ru, ruShell.language.label, ru.titleSlide.title],
  ['zh', zh, zhShell.language.label, zh.titleSlide.title],
] as const) {
  test.describe(`the deck in ${locale === 'ru' ? 'Russian' : 'Chinese'}`, () => {
    test('shows its first slide and its controls in the page’s language, and moves with the keys', async ({ page }) => {
      await page.goto(`/${locale}/present/?slide=1`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'ru');
      await expect(currentSlide(page)).toHaveAttribute('aria-label', slideLabel(t.deck.slideLabel, 1, 13));
      await expect(currentSlide(page).getByRole('heading', { name: title })).toBeVisible();

      const toolbar = page.getByRole('group', { name: t.deck.toolbar });
      for (const name of [t.deck.previous, t.deck.next, t.deck.notes, t.deck.fullscreen, t.deck.black, t.deck.presenter, t.deck.pptx]) {
        await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
      }
      await expect(toolbar.getByRole('link', { name: t.deck.edit })).toHaveAttribute('href', `/${locale}/present/edit/`);

      await page.keyboard.press('ArrowRight');
      await expect(currentSlide(page)).toHaveAttribute('aria-label', slideLabel(t.deck.slideLabel, 2, 13));
      await expect(page).toHaveURL((url) => url.searchParams.get('slide') === '2');
      await page.keyboard.press('PageDown');
      await expect(currentSlide(page)).toHaveAttribute('aria-label', slideLabel(t.deck.slideLabel, 3, 13));
      // Slide 3 is the map of a year: its frame is the map's embed in the deck's language.
      await expect(currentSlide(page).locator('iframe[data-slide-frame="map"]')).toHaveAttribute('src', new RegExp(`^/${locale}/embed/map/\\?`));

      // N in a Russian layout types "т" on the N key: the notes open all the same.
      await page.locator('body').dispatchEvent('keydown', { key: 'т', code: 'KeyN', bubbles: true });
      await expect(page.getByRole('heading', { name: t.notes.heading })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.notes.figures })).toBeVisible();
    });

    test('its language switcher keeps the custom deck and the slide', async ({ page }) => {
      await page.goto(`/${locale}/present/?deck=${DECK}&slide=2`);
      await expect(currentSlide(page)).toHaveAttribute('aria-label', slideLabel(t.deck.slideLabel, 2, 3));
      const other = locale === 'ru' ? 'zh' : 'ru';
      const link = page.getByRole('navigation', { name: languageLabel }).getByRole('link', { name: other === 'ru' ? 'Русский' : '中文' });
      await link.focus();
      await expect(link).toBeFocused();
      await expect(link).toHaveAttribute('href', `/${other}/present/?deck=${DECK}&slide=2`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${other}/present/\\?deck=${DECK.replace(/~/g, '~')}&slide=2$`));
      const there = other === 'ru' ? ru : zh;
      await expect(currentSlide(page)).toHaveAttribute('aria-label', slideLabel(there.deck.slideLabel, 2, 3));
      await expect(page.getByRole('link', { name: 'English' })).toBeAttached();
    });
  });
}

test('the presenter view and the deck editor are in Russian too', async ({ page }) => {
  await page.goto(`/ru/present/presenter/?deck=${DECK}`);
  await expect(page.getByRole('heading', { level: 1, name: ru.presenter.heading })).toBeVisible();
  await expect(page.getByRole('button', { name: ru.presenter.reset })).toBeVisible();
  await expect(page.getByRole('heading', { name: ru.notes.heading })).toBeVisible();

  await page.goto(`/ru/present/edit/?deck=${DECK}`);
  await expect(page.getByRole('heading', { level: 1, name: ru.editor.heading })).toBeVisible();
  await expect(page.getByRole('button', { name: ru.editor.remove.replace('{n}', '2') })).toBeVisible();
  await expect(page.getByRole('link', { name: ru.editor.present })).toHaveAttribute('href', `/ru/present/?deck=${DECK}`);
  await page.getByRole('button', { name: ru.editor.remove.replace('{n}', '2') }).click();
  // "Слайд удалён: …. Осталось 2 слайда." — the plural agrees with the count.
  await expect(page.getByRole('status').filter({ hasText: 'Слайд удалён' })).toContainText('Осталось 2 слайда.');
});

test('/zh/present/ with its Keys help open has no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/zh/present/?slide=1');
  await page.getByText(zh.deck.keysTitle, { exact: true }).click();
  await expect(page.getByText(zh.deck.keys)).toBeVisible();
  await expectNoAxeViolations(page);
});
