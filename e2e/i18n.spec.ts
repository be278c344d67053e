/**
 * The atlas in English, Russian and Chinese (issue #18), as a reader meets it: each language's
 * pages say which language they are in and name their other languages; the header's language
 * switcher is keyboard reachable, keeps the view (query and anchor) with JavaScript and is a plain
 * link without it; a first visit from a browser in another of the atlas's languages offers that
 * language once, in that language, and never redirects. Expected words come from the catalogues.
 */
import { en } from '../locales/en';
import { ru } from '../locales/ru';
import { zh } from '../locales/zh';
import type { LocaleMessages } from '../locales/shape';
import { pngStats } from './support/exports';
import { localeOfRoute, routeIn, type RouteLocale } from './support/routes';
import { expect, hydrated, test, type Locator, type Page } from './support/test';

const LOCALES = ['en', 'ru', 'zh'] as const satisfies readonly RouteLocale[];
const T: Record<RouteLocale, LocaleMessages> = { en, ru, zh };
/** `<html lang>` and `hreflang` of each locale's pages. */
const TAG: Record<RouteLocale, string> = { en: 'en', ru: 'ru', zh: 'zh-Hans' };
/** Each language named in itself, as the switcher lists it. */
const NAME: Record<RouteLocale, string> = { en: 'English', ru: 'Русский', zh: '中文' };

/** The four pages, each with its title in a locale. */
const PAGES: { path: string; title: (t: LocaleMessages) => string }[] = [
  { path: '/', title: (t) => t.shell.productName },
  { path: '/charts/terrorism-2020/', title: (t) => `${t.charts.terrorism.title} · ${t.shell.productName}` },
  { path: '/data/', title: (t) => `${t.data.page.title} · ${t.shell.productName}` },
  { path: '/present/', title: (t) => `${t.present.metadata.title} · ${t.shell.productName}` },
];

const switcher = (page: Page, locale: RouteLocale) => page.getByRole('navigation', { name: T[locale].shell.language.label });
const languageLink = (page: Page, from: RouteLocale, to: RouteLocale) => switcher(page, from).getByRole('link', { name: NAME[to], exact: true });

/** Presses `key` (Tab or Shift+Tab) until `target` has the focus: it is reachable from the keyboard. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${String(target)}`);
}

/** The header's languages: each named in itself and in its own language, the page's own marked current. */
async function switcherShows(page: Page, locale: RouteLocale): Promise<void> {
  await expect(switcher(page, locale).getByRole('link')).toHaveText(LOCALES.map((l) => NAME[l]));
  for (const other of LOCALES) {
    const link = languageLink(page, locale, other);
    await expect(link).toHaveAttribute('lang', TAG[other]);
    if (other === locale) await expect(link).toHaveAttribute('aria-current', 'page');
    else await expect(link).not.toHaveAttribute('aria-current', /.+/);
  }
}

/** After following a language link: the new page has loaded in `locale`, interactive. */
async function landedIn(page: Page, locale: RouteLocale, path: string, search: string, hash = ''): Promise<void> {
  await page.waitForURL((url) => url.pathname === routeIn(locale, path) && url.search === search && url.hash === hash);
  await expect(page.locator('html')).toHaveAttribute('lang', TAG[locale]);
  await hydrated(page);
}

test.describe('each language’s pages', () => {
  for (const locale of LOCALES) {
    for (const { path, title } of PAGES) {
      const route = routeIn(locale, path);
      test(`${route} is in ${NAME[locale]}, with its title, its other languages and the switcher`, async ({ page, baseURL }) => {
        const response = await page.goto(route);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', TAG[locale]);
        await expect(page).toHaveTitle(title(T[locale]));
        // The same page in every language, English also as the default for any other.
        const alternates = await page
          .locator('head link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? ''] as const));
        const byLang = Object.fromEntries(alternates.map(([lang, href]) => [lang, new URL(href, baseURL).pathname]));
        expect(alternates).toHaveLength(4);
        expect(byLang).toEqual({ en: path, ru: routeIn('ru', path), 'zh-Hans': routeIn('zh', path), 'x-default': path });
        await switcherShows(page, locale);
      });
    }
  }
});

test.describe('the language switcher', () => {
  for (const locale of LOCALES) {
    test(`on /data/ in ${NAME[locale]}: reached by Tab and followed with Enter`, async ({ page }) => {
      await page.goto(routeIn(locale, '/data/'));
      const target = LOCALES.find((l) => l !== locale) ?? 'en';
      await tabTo(page, languageLink(page, locale, target));
      await page.keyboard.press('Enter');
      await landedIn(page, target, '/data/', '');
    });
  }

  test('keeps the map’s year after the reader moves the slider, from the keyboard, in every language', async ({ page }) => {
    await page.goto('/?year=2005');
    const slider = page.getByRole('slider', { name: en.map.year.label });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL((url) => url.searchParams.get('year') === '2006');
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2006');
    const search = new URL(page.url()).search;
    // Back up from the slider to the header's switcher, and follow it.
    await tabTo(page, languageLink(page, 'en', 'ru'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await landedIn(page, 'ru', '/', search);
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2006', { timeout: 20_000 });
    await expect(page.getByRole('slider', { name: ru.map.year.label })).toHaveValue('2006');

    await languageLink(page, 'ru', 'zh').click();
    await landedIn(page, 'zh', '/', search);
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2006', { timeout: 20_000 });
    await expect(page.getByRole('slider', { name: zh.map.year.label })).toHaveValue('2006');
  });

  test('keeps a chart’s chosen year', async ({ page }) => {
    await page.goto('/charts/membership/?year=2005');
    const years = page.locator('figure[data-chart="membership"]').getByRole('radiogroup', { name: en.charts.membership.yearsLabel });
    await years.getByRole('radio', { name: /^2010:/ }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('year') === '2010');
    const search = new URL(page.url()).search;
    await languageLink(page, 'en', 'zh').click();
    await landedIn(page, 'zh', '/charts/membership/', search);
    const chosen = page.locator('figure[data-chart="membership"]').getByRole('radio', { checked: true });
    await expect(chosen).toHaveAccessibleName(/^2010\b/);

    await languageLink(page, 'zh', 'ru').click();
    await landedIn(page, 'ru', '/charts/membership/', search);
    await expect(page.locator('figure[data-chart="membership"]').getByRole('radio', { checked: true })).toHaveAccessibleName(/^2010\b/);
  });

  test('keeps the anchor of the page', async ({ page }) => {
    await page.goto('/data/#exercises');
    await languageLink(page, 'en', 'ru').click();
    await landedIn(page, 'ru', '/data/', '', '#exercises');
    await expect(page.locator('#exercises')).toBeAttached();
  });

  test('keeps the briefing’s own deck and the slide the reader moved to', async ({ page }) => {
    // Four slides: two of the default deck, the map in 2010, the membership chart marked at 2003.
    const deck = '1~d0~d2~m.eWVhcj0yMDEw~c2.eWVhcj0yMDAz';
    await page.goto(`/present/?deck=${deck}&slide=2`);
    const current = page.locator('section[aria-roledescription="slide"][data-current]');
    await expect(current).toHaveAttribute('data-index', '1');
    await page.keyboard.press('ArrowRight');
    await expect(current).toHaveAttribute('data-index', '2');
    await expect(page).toHaveURL((url) => url.searchParams.get('slide') === '3');
    const search = new URL(page.url()).search;
    expect(new URLSearchParams(search).get('deck')).toBe(deck);

    await languageLink(page, 'en', 'ru').click();
    await landedIn(page, 'ru', '/present/', search);
    await expect(current).toHaveAttribute('data-index', '2');
    await expect(page).toHaveURL((url) => url.searchParams.get('deck') === deck && url.searchParams.get('slide') === '3');
  });
});

// Each name is drawn from the site's own fonts where the page's fonts lack its script
// (lib/fonts/languageNameFonts.ts): this machine has no Chinese font, and "中文" was an empty link.
test.describe('the language switcher’s names', () => {
  for (const from of LOCALES) {
    for (const path of from === 'en' ? ['/', '/present/'] : ['/']) {
      test(`can be read on ${routeIn(from, path)} without the reader's own fonts for them`, async ({ page }) => {
        await page.goto(routeIn(from, path));
        for (const to of LOCALES) {
          const link = languageLink(page, from, to);
          await expect(link).toBeVisible();
          const ink = pngStats(await link.screenshot());
          expect(ink.variance, `${NAME[to]} on ${routeIn(from, path)} has ink`).toBeGreaterThan(100);
          expect((await link.boundingBox())?.width ?? 0, `${NAME[to]} is as wide as its letters`).toBeGreaterThan(NAME[to].length * 8);
        }
      });
    }
  }
});

test.describe('the language switcher without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`in ${NAME[locale]}: a plain link to the same page in each language`, async ({ page }) => {
      const target = LOCALES.find((l) => l !== locale) ?? 'en';
      for (const path of ['/', '/charts/terrorism-2020/', '/data/']) {
        await page.goto(routeIn(locale, path));
        for (const other of LOCALES) await expect(languageLink(page, locale, other)).toHaveAttribute('href', routeIn(other, path));
        await languageLink(page, locale, target).click();
        await page.waitForURL((url) => url.pathname === routeIn(target, path));
        await expect(page.locator('html')).toHaveAttribute('lang', TAG[target]);
      }
    });
  }
});

/** The first-visit suggestion offering `locale`, if shown. */
const suggestion = (page: Page, locale: RouteLocale) => page.getByRole('complementary', { name: T[locale].shell.language.suggest });

/** Waits two frames after hydration: the suggestion, decided in the browser, has had its render. */
async function settled(page: Page): Promise<void> {
  await hydrated(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test.describe('the first-visit suggestion, from a browser in Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('offers the Russian page once, in Russian, and never redirects', async ({ page }) => {
    await page.goto('/');
    const offer = suggestion(page, 'ru');
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('lang', 'ru');
    await expect(offer).toContainText(ru.shell.language.suggest);
    await expect(offer.getByRole('link', { name: ru.shell.language.open })).toHaveAttribute('href', '/ru/');
    await expect(page.getByRole('complementary', { name: zh.shell.language.suggest })).toHaveCount(0);
    // It stays an offer: the page is still the English one.
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await settled(page);
    await expect(suggestion(page, 'ru')).toHaveCount(0);
  });

  test('following it opens the same view in Russian', async ({ page }) => {
    await page.goto('/charts/membership/?year=2010');
    await suggestion(page, 'ru').getByRole('link', { name: ru.shell.language.open }).click();
    await landedIn(page, 'ru', '/charts/membership/', '?year=2010');
    await settled(page);
    await expect(suggestion(page, 'ru')).toHaveCount(0);
  });

  test('is not shown on the Russian pages', async ({ page }) => {
    await page.goto('/ru/');
    await settled(page);
    for (const l of LOCALES) await expect(suggestion(page, l)).toHaveCount(0);
  });
});

test.describe('the first-visit suggestion, from a browser in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('offers the Chinese page, in Chinese', async ({ page }) => {
    await page.goto('/data/');
    const offer = suggestion(page, 'zh');
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('lang', TAG.zh);
    await expect(offer.getByRole('link', { name: zh.shell.language.open })).toHaveAttribute('href', '/zh/data/');
  });
});

test.describe('the first-visit suggestion, from a browser in British English', () => {
  test.use({ locale: 'en-GB' });

  test('shows nothing on the English pages', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    for (const l of LOCALES) await expect(suggestion(page, l)).toHaveCount(0);
    expect(localeOfRoute(new URL(page.url()).pathname)).toBe('en');
  });
});

test.describe('social previews', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the page's preview image is its language's, with its alt text, and is a 1200×630 PNG`, async ({ page, request }) => {
      await page.goto(routeIn(locale, '/'));
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).not.toBeNull();
      const path = new URL(image ?? '').pathname;
      expect(path).toBe(locale === 'en' ? '/social-preview.png' : `/${locale}/social-preview.png`);
      await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', T[locale].shell.metadata.ogImageAlt);
      await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image ?? '');
      const response = await request.get(path);
      expect(response.ok()).toBe(true);
      const png = await response.body();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }
});
