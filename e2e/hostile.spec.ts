/**
 * Hostile input on every built English page (read from out/), the Russian map and the Chinese deck
 * (pages that keep their view in the address): 200 generated query strings each
 * (e2e/support/hostileQueries.ts, seeded). Three are page loads (the first two and the last); the
 * rest reach the running page as someone else's change of the address (history.replaceState, which
 * the app's router follows), as fast as the page can render them. Each must leave the page whole:
 * no error page, no error logged, no element, attribute or script from the query in the document
 * (nor in its frames); and after each page load, where the page keeps its view in the address
 * (the map, the deck), the address names what is shown.
 */
import { hostileQueries, INJECTED_MARKER } from './support/hostileQueries';
import { MAP_PARAMS } from '../components/map/urlState';
import { collectProblems } from './support/pageReady';
import { en } from '../locales/en';
import { ru } from '../locales/ru';
import { zh } from '../locales/zh';
import { builtRoutes, englishRoute, localeOfRoute, NOT_FOUND_PATH } from './support/routes';
import { expect, test, type Page } from './support/test';

const PER_ROUTE = 200;
const FULL_LOADS = 3;
const MAX_LOADED_QUERY = 8_000;
/**
 * Every English page; the map in Russian and the deck in Chinese, the pages that keep their view in
 * the address (the same parsers as in English, so one language each).
 */
const routes = builtRoutes(undefined, ['/ru/', '/zh/present/']);
const CATALOGUES = { en, ru, zh } as const;

/** In the page: what is wrong with it now (an error page, injected markup), or null. */
async function damage(page: Page): Promise<string | null> {
  return page.evaluate((marker) => {
    if (document.documentElement.id === '__next_error__') return 'the error page';
    if (/Application error|Unhandled Runtime Error/.test(document.body.innerText)) return 'an error message';
    const docs = [document, ...[...document.querySelectorAll('iframe')].flatMap((f) => (f.contentDocument ? [f.contentDocument] : []))];
    for (const doc of docs) {
      if (doc.querySelector(`${marker}, [data-${marker}]`)) return `an element or attribute from the query (${doc.location.pathname})`;
      if ((doc.defaultView as (Window & { __pwned?: unknown }) | null)?.__pwned !== undefined) return 'a script from the query ran';
    }
    return null;
  }, INJECTED_MARKER);
}

/** Where the page keeps its view in the address, the address names what is shown. */
async function addressMatchesView(page: Page, route: string, query: string): Promise<void> {
  const kind = englishRoute(route);
  if (kind === '/') {
    // A link with no map parameter is the default view and stays as it is (a link to / stays /);
    // any map parameter, good or bad, is rewritten to the view shown, its year always written.
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', /^\d{4}$/, { timeout: 20_000 });
    const shown = await page.locator('svg[data-map-year]').getAttribute('data-map-year');
    const slider = page.getByRole('slider', { name: CATALOGUES[localeOfRoute(route)].map.year.label });
    await expect(slider, query).toHaveValue(shown ?? '');
    const latest = await slider.getAttribute('aria-valuemax');
    await expect(page, query).toHaveURL((url) =>
      MAP_PARAMS.some((p) => url.searchParams.has(p)) ? url.searchParams.getAll('year').join() === shown : shown === latest,
    );
  } else if (kind === '/present/') {
    // The current slide's place (0-based), in any language.
    const index = await page.locator('section[aria-roledescription="slide"][data-current]').getAttribute('data-index');
    const n = index === null ? undefined : String(Number(index) + 1);
    expect(n, `${query}: no current slide`).toBeDefined();
    await expect(page, query).toHaveURL((url) => !url.searchParams.has('slide') || url.searchParams.getAll('slide').join() === n);
  }
}

test.describe('hostile query strings', () => {
  for (const [i, route] of routes.entries()) {
    test(`${route}: ${PER_ROUTE} hostile query strings`, async ({ page }) => {
      test.setTimeout(120_000);
      const queries = hostileQueries(1000 + i, PER_ROUTE);
      const problems = collectProblems(page);
      const expected = route === NOT_FOUND_PATH ? 404 : 200;

      // Page loads take the queries a server accepts: Node's server (serve, npm start) answers a
      // request line over 16 kB with 431, before any page; long values reach the page as changes.
      const loadable = queries.filter((q) => q.length < MAX_LOADED_QUERY);
      const first = loadable.slice(0, FULL_LOADS - 1);
      const last = loadable.at(-1) ?? '';
      for (const query of first) {
        const response = await page.goto(`${route}${query}`);
        expect(response?.status(), query).toBe(expected);
        expect(await damage(page), query).toBeNull();
        await addressMatchesView(page, route, query);
      }

      // The rest as changes of the address while the page runs: each rendered, then inspected.
      const found = await page.evaluate(
        async ({ path, rest, marker }) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          for (const query of rest) {
            try {
              history.replaceState(null, '', `${path}${query}`);
            } catch (e) {
              return `${query}: replaceState threw ${String(e)}`;
            }
            await frame();
            if (document.documentElement.id === '__next_error__' || document.querySelector(`${marker}, [data-${marker}]`)) return `${query}: damaged`;
            if ((window as Window & { __pwned?: unknown }).__pwned !== undefined) return `${query}: a script ran`;
          }
          return null;
        },
        { path: route, rest: queries.filter((q) => !first.includes(q) && q !== last), marker: INJECTED_MARKER },
      );
      expect(found).toBeNull();
      expect(await damage(page)).toBeNull();
      // The address a reader arrives with is rewritten to what is shown; a change made by a script
      // while the page runs is adopted as it stands (components/map/urlSync.ts), so load the last one.
      await page.goto(`${route}${last}`);
      expect(await damage(page), last).toBeNull();
      await addressMatchesView(page, route, last);
      // The not-found page is served with status 404, which the browser logs once per load.
      const documentNotFound = 'console: Failed to load resource: the server responded with a status of 404 (Not Found)';
      expect(problems).toEqual(route === NOT_FOUND_PATH ? Array<string>(FULL_LOADS).fill(documentNotFound) : []);
    });
  }
});
