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

/** A route's locale prefix ('' for English, '/ru', '/zh'). */
export function localePrefixOf(route: string): string {
  return /^\/(ru|zh)(?=\/)/.exec(route)?.[0] ?? '';
}

/** A route's kind: its English path with the chart or dataset id left out (`/ru/charts/membership/` → `/charts/<id>/`). */
export function routeKind(route: string): string {
  return route.slice(localePrefixOf(route).length).replace(/^\/(charts|data|embed)\/(?!map\/)[^/]+\//, '/$1/<id>/');
}

/**
 * Every built page, sorted; the not-found page once, as NOT_FOUND_PATH. Empty without out/.
 * English pages all; Russian and Chinese pages one of each kind (`all: true` for every one): they
 * are the same components with other words, and every page of every language would triple the
 * suite's time.
 */
export function builtRoutes(outDir: string = OUT_DIR, { all = false }: { all?: boolean } = {}): string[] {
  if (!existsSync(outDir)) return [];
  const routes = htmlFiles(outDir).map((f) => routeOfFile(f, outDir));
  const seen = new Set<string>();
  const pages = routes
    .filter((r) => !isNotFound(r))
    .sort()
    .filter((r) => {
      const prefix = localePrefixOf(r);
      if (all || prefix === '') return true;
      const key = `${prefix} ${routeKind(r)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return routes.some(isNotFound) ? [...pages, NOT_FOUND_PATH] : pages;
}

/** The deck's pages, in any language: they take the deck's theme (sco-atlas-deck-theme), not the site's. */
export const isDeckRoute = (route: string) => route.slice(localePrefixOf(route).length).startsWith('/present/');

/** Every built HTML file (for the link crawl), with its route. */
export function builtPages(outDir: string = OUT_DIR): { file: string; route: string }[] {
  if (!existsSync(outDir)) return [];
  return htmlFiles(outDir).map((file) => ({ file, route: routeOfFile(file, outDir) }));
}
