/**
 * The pages of the built site, read from out/ (so a page added later is tested without a change
 * here): every HTML file outside _next/, as the path a reader opens. `index.html` is its folder
 * (`/charts/membership/`); the not-found page is served for any unknown path, so it is listed once,
 * as a path that does not exist.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const OUT_DIR = join(__dirname, '..', '..', 'out');

/** A path no page has: the server answers it with the not-found page. */
export const NOT_FOUND_PATH = '/no-such-page/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path of a built HTML file (`out/charts/index.html` → `/charts/`). */
export function routeOfFile(file: string, outDir: string = OUT_DIR): string {
  const rel = relative(outDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

const isNotFound = (route: string) => route === '/404.html' || route === '/404/' || route === '/_not-found/';

/** The atlas's languages as they appear in a path: English at the root, the others under `/<locale>/`. */
export type RouteLocale = 'en' | 'ru' | 'zh';
const LOCALE_PREFIX = /^\/(ru|zh)(?=\/|$)/;

/** The language of a page: `/ru/charts/` → 'ru', `/charts/` → 'en'. */
export function localeOfRoute(route: string): RouteLocale {
  const m = LOCALE_PREFIX.exec(route);
  return m?.[1] === 'ru' || m?.[1] === 'zh' ? m[1] : 'en';
}

/** The same page in English: `/zh/data/exercises/` → `/data/exercises/`, `/ru/` → `/`. */
export function englishRoute(route: string): string {
  const bare = route.replace(LOCALE_PREFIX, '');
  return bare === '' ? '/' : bare;
}

/** A page in a language: `routeIn('ru', '/data/')` → `/ru/data/`. */
export const routeIn = (locale: RouteLocale, route: string) => (locale === 'en' ? route : `/${locale}${route}`);

/**
 * The kinds of page the whole-site checks (no JavaScript, the policy, the phone's width; axe and
 * hostile input take fewer) also open in Russian and Chinese, besides every English page: the map, a chart, the data index, a
 * dataset's table, the deck. The other languages' pages are the same components with other words,
 * so a sample keeps the suite's run time (every page in three languages would triple it); the link
 * crawl still reads every page of every language.
 */
export const LOCALE_SAMPLE: readonly string[] = ['/', '/charts/terrorism-2020/', '/data/', '/data/exercises/', '/present/'];

/** English routes in Russian and Chinese: `inOtherLocales(['/data/'])` → `['/ru/data/', '/zh/data/']`. */
export const inOtherLocales = (routes: readonly string[]): string[] => (['ru', 'zh'] as const).flatMap((l) => routes.map((r) => routeIn(l, r)));

/**
 * Every built English page, sorted, then those of the Russian and Chinese pages `others` that were
 * built; the not-found page once, as NOT_FOUND_PATH. Empty without out/.
 */
export function builtRoutes(outDir: string = OUT_DIR, others: readonly string[] = inOtherLocales(LOCALE_SAMPLE)): string[] {
  if (!existsSync(outDir)) return [];
  const routes = htmlFiles(outDir).map((f) => routeOfFile(f, outDir));
  const pages = routes.filter((r) => !isNotFound(r));
  const english = pages.filter((r) => localeOfRoute(r) === 'en').sort();
  const all = [...english, ...others.filter((r) => localeOfRoute(r) !== 'en' && pages.includes(r))];
  return routes.some(isNotFound) ? [...all, NOT_FOUND_PATH] : all;
}

/** The deck's pages, in any language: they take the deck's theme (sco-atlas-deck-theme), not the site's. */
export const isDeckRoute = (route: string) => englishRoute(route).startsWith('/present/');

/** Every built HTML file (for the link crawl), with its route. */
export function builtPages(outDir: string = OUT_DIR): { file: string; route: string }[] {
  if (!existsSync(outDir)) return [];
  return htmlFiles(outDir).map((file) => ({ file, route: routeOfFile(file, outDir) }));
}
