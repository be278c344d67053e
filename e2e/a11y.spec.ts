/**
 * Accessibility on every built page (read from out/, so a new page is covered without a change
 * here): axe-core finds no violation in the light and dark themes, and on the deck's pages in the
 * projector theme too; then the states a reader opens: a state selected with its details panel,
 * the list view's table, a chart's table, a record's details, and each Export menu open. In
 * Russian and Chinese, one page of each kind (below).
 */
import { expectNoAxeViolations } from './support/axe';
import { pageDrawn, switchTheme, themesFor, storeTheme } from './support/pageReady';
import { builtRoutes, NOT_FOUND_PATH } from './support/routes';
import { expect, test, type Page } from './support/test';

/**
 * Every English page; and each kind of page once in Russian or Chinese, the languages taking turns
 * (the same components with other words: axe is the slowest spec, the dashboard alone takes 50 s).
 */
const routes = builtRoutes(undefined, ['/zh/', '/ru/charts/terrorism-2020/', '/zh/data/exercises/', '/ru/present/']);

test.describe('axe on every page', () => {
  test('the built site has pages to check', () => {
    expect(routes.length, 'out/ holds no pages: run npm run build').toBeGreaterThan(0);
  });

  for (const route of routes) {
    test(`${route} in the ${themesFor(route).join(', ')} themes`, async ({ page }) => {
      // Two or three axe runs; the longest table page (/data/sources/, thousands of cells) takes a while.
      test.setTimeout(120_000);
      const [first, ...others] = themesFor(route);
      if (!first) throw new Error('no theme');
      await storeTheme(page, route, first);
      const response = await page.goto(route);
      expect(response?.status()).toBe(route === NOT_FOUND_PATH ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', first);
      await pageDrawn(page);
      await expectNoAxeViolations(page, first);
      for (const theme of others) {
        await switchTheme(page, route, theme);
        await expectNoAxeViolations(page, theme);
      }
    });
  }
});

/** Opens the Export menu named `name` and waits for its items. */
async function openExport(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name }).first().click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem').first()).toBeFocused();
}

const STATES: { name: string; path: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'a state selected, its details open, and the map’s Export menu open',
    path: '/?year=2017&focus=KGZ',
    open: async (page) => {
      await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toBeVisible();
      await openExport(page, 'Export map');
    },
  },
  {
    name: 'an exercise’s details open',
    path: '/?year=2007&sel=peace-mission-2007',
    open: async (page) => {
      await expect(page.getByRole('heading', { name: 'Peace Mission 2007', level: 2 })).toBeVisible();
    },
  },
  {
    name: 'the map’s list view with its table and a state’s details',
    path: '/?year=2022&view=list&focus=KGZ',
    open: async (page) => {
      await expect(page.getByRole('table').first()).toBeVisible();
    },
  },
  {
    name: 'a chart shown as its table, with its Export menu open',
    path: '/charts/exercises-by-year/',
    open: async (page) => {
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await expect(page.getByRole('table').first()).toBeVisible();
      await openExport(page, 'Export chart');
    },
  },
  {
    name: 'a record’s sources and notes unfolded on its table page',
    path: '/data/exercises/',
    open: async (page) => {
      const disclosure = page.getByRole('main').locator('details > summary').first();
      await disclosure.click();
      await expect(page.getByRole('main').locator('details[open]').first()).toBeVisible();
    },
  },
];

test.describe('axe with panels, tables and menus open', () => {
  for (const state of STATES) {
    test(`${state.name} (light, dark)`, async ({ page }) => {
      test.setTimeout(120_000);
      await storeTheme(page, state.path, 'light');
      await page.goto(state.path);
      await pageDrawn(page);
      await state.open(page);
      await expectNoAxeViolations(page, 'light');
      if ((await page.locator('iframe').count()) > 0) {
        // The frames take the theme as they load: reload in the dark theme and open the state again.
        await switchTheme(page, state.path, 'dark');
        await state.open(page);
      } else await switchTheme(page, state.path, 'dark');
      await expectNoAxeViolations(page, 'dark');
    });
  }
});
