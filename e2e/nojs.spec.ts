/**
 * Without JavaScript, every built page (read from out/) still shows what it is for: its heading,
 * every figure drawn (an SVG or an image, not an empty box), every table with rows, and per kind
 * of page what a reader came for: the map's outline and legend, each chart's picture and its
 * table, the dataset's table; on the deck's pages, a note on what needs JavaScript. Every English
 * page, and a sample of each kind in Russian and Chinese (support/routes.ts), in their words.
 */
import { en } from '../locales/en';
import { ru } from '../locales/ru';
import { zh } from '../locales/zh';
import { builtRoutes, englishRoute, isDeckRoute, localeOfRoute, NOT_FOUND_PATH, routeIn } from './support/routes';
import { expect, test, type Page } from './support/test';

const CATALOGUES = { en, ru, zh } as const;

test.use({ javaScriptEnabled: false });

const routes = builtRoutes();

/** What each kind of page must show; the general checks below apply to every page. */
async function showsWhatItIsFor(page: Page, route: string): Promise<void> {
  const main = page.locator('main, body').first();
  const locale = localeOfRoute(route);
  const t = CATALOGUES[locale];
  const kind = englishRoute(route);
  if (kind === '/' || kind === '/embed/map/') {
    await expect(page.locator('svg[data-static-outline]').first()).toBeVisible();
    const year = (await page.locator('svg[data-static-outline]').first().getAttribute('data-static-outline')) ?? '';
    expect(year).toMatch(/^\d{4}$/);
    const legend = page.getByRole('list', { name: t.map.legend.statusTitle.replace('{year}', year) });
    await expect(legend).toBeVisible();
    expect(await legend.getByRole('listitem').count()).toBeGreaterThan(1);
  } else if (/^\/(charts|embed)\/[^/]+\/(slide\/)?$/.test(kind)) {
    // The chart's picture, and its figures as a table (in the page, or one link away).
    await expect(main.locator('svg').first()).toBeVisible();
    const tables = await main.getByRole('table').count();
    const words = ['table', 'data', t.charts.views.table, t.shell.nav.data].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const tableLinks = await main.getByRole('link', { name: new RegExp(words.join('|'), 'i') }).count();
    expect(tables + tableLinks, 'neither a table nor a link to one').toBeGreaterThan(0);
  } else if (/^\/data\/[^/]+\/$/.test(kind)) {
    const table = main.getByRole('table').first();
    await expect(table).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  } else if (isDeckRoute(route)) {
    // The deck cannot move without JavaScript: a note says so and links to the pages that work.
    const note = page.getByRole('note').filter({ hasText: 'JavaScript' });
    await expect(note).toBeVisible();
    const hrefs = await note.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/charts/', '/data/'].map((r) => routeIn(locale, r))));
  }
}

for (const route of routes) {
  test(`${route} without JavaScript`, async ({ page }) => {
    const response = await page.goto(route);
    expect(response?.status()).toBe(route === NOT_FOUND_PATH ? 404 : 200);
    // The deck's pages are slides, not documents: their note (below) stands for the heading.
    if (!isDeckRoute(route)) await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await showsWhatItIsFor(page, route);

    // Every figure is drawn, every table has rows.
    for (const figure of await page.locator('figure, [role="figure"]').all()) {
      if (!(await figure.isVisible())) continue;
      const drawn = figure.locator('svg, img, canvas, table, iframe');
      expect(await drawn.count(), `an empty figure on ${route}`).toBeGreaterThan(0);
    }
    for (const table of await page.getByRole('table').all()) {
      if (!(await table.isVisible())) continue;
      expect(await table.locator('tr').count(), `an empty table on ${route}`).toBeGreaterThan(1);
    }
    // Nothing waits forever on a script that never comes.
    await expect(page.getByText(/^Loading…?$/)).toHaveCount(0);
  });
}
