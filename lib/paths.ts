/**
 * Every internal address of the site, in one place: pages, their anchors and the files beside them.
 * Pages take the locale (English at the root, other locales under `/<locale>/`, issue #18), a query
 * and an anchor; files (`/data/exercises.csv`) are the same in every locale. Paths keep the
 * trailing slash of the static export (`/charts/membership/`), so a link never meets a redirect.
 * Pure and dependency-free: safe in server pages, client leaves and build scripts.
 */
import type { DatasetId } from '@/data/registry';
import type { SiteLocale as Locale } from './messages/locales';

/** English, the source locale, lives at the root; the others under their code. */
export const DEFAULT_LOCALE: Locale = 'en';

export interface PathOptions {
  /** The page's locale; left out, English (the root), as the English route files (app/(en)) link. */
  locale?: Locale;
  /** The query, without `?`: a string, a record or URLSearchParams. Empty values are kept. */
  query?: string | URLSearchParams | Readonly<Record<string, string>>;
  /** The anchor, without `#` (encoded here). */
  hash?: string;
}

function queryString(query: PathOptions['query']): string {
  if (query === undefined) return '';
  const text = typeof query === 'string' ? query.replace(/^\?/, '') : new URLSearchParams(query as Record<string, string>).toString();
  return text === '' ? '' : `?${text}`;
}

/** The locale's prefix: '' for English, `/ru` for Russian. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** A page's address: `page` is its path in English with a trailing slash (`/charts/`). */
function page(path: string, options: PathOptions = {}): string {
  const hash = options.hash === undefined || options.hash === '' ? '' : `#${encodeURIComponent(options.hash)}`;
  return `${localePrefix(options.locale ?? DEFAULT_LOCALE)}${path}${queryString(options.query)}${hash}`;
}

/** The id of a record's row on its dataset's table page: "exercises-peace-mission-2007". */
export function recordAnchor(datasetId: DatasetId, recordId: string): string {
  return `${datasetId}-${recordId}`;
}

export const paths = {
  /** The dashboard: the map and the charts. */
  home: (o?: PathOptions) => page('/', o),
  charts: (o?: PathOptions) => page('/charts/', o),
  chart: (id: string, o?: PathOptions) => page(`/charts/${id}/`, o),
  data: (o?: PathOptions) => page('/data/', o),
  dataset: (id: DatasetId, o?: PathOptions) => page(`/data/${id}/`, o),
  /** A record's row on its dataset's table page. */
  record: (datasetId: DatasetId, recordId: string, o?: Omit<PathOptions, 'hash'>) => page(`/data/${datasetId}/`, { ...o, hash: recordAnchor(datasetId, recordId) }),
  sources: (o?: PathOptions) => page('/sources/', o),
  contested: (o?: PathOptions) => page('/sources/contested/', o),
  present: (o?: PathOptions) => page('/present/', o),
  presenter: (o?: PathOptions) => page('/present/presenter/', o),
  presentEdit: (o?: PathOptions) => page('/present/edit/', o),
  /** A chart alone in a frame (the dashboard's grid). */
  embed: (id: string, o?: PathOptions) => page(`/embed/${id}/`, o),
  /** A chart at its slide layout (the briefing's slides). */
  embedSlide: (id: string, o?: PathOptions) => page(`/embed/${id}/slide/`, o),
  embedMap: (o?: PathOptions) => page('/embed/map/', o),
} as const;

/** Files published beside the pages: the same bytes in every locale, except where a locale is given. */
export const files = {
  /** A dataset as CSV or JSON: `/data/exercises.csv`. */
  dataset: (id: DatasetId | string, ext: 'csv' | 'json') => `/data/${id}.${ext}`,
  /** A dataset's CSV with the headers (and the atlas's words) in a locale: `/data/ru/exercises.csv`; English's is `dataset`'s. */
  datasetIn: (id: DatasetId | string, locale: Locale) => (locale === DEFAULT_LOCALE ? `/data/${id}.csv` : `/data/${locale}/${id}.csv`),
  /** The figures citing each source, in a locale's words: `/data/citations.json`, `/data/ru/citations.json`. */
  citations: (locale: Locale) => (locale === DEFAULT_LOCALE ? '/data/citations.json' : `/data/${locale}/citations.json`),
  /** Everything the map shows, its names and dates in a locale: `/map-data.json`, `/ru/map-data.json`. */
  mapData: (locale: Locale) => `${localePrefix(locale)}/map-data.json`,
  /** The social preview of a locale's pages (1200 × 630 PNG): `/social-preview.png`, `/ru/social-preview.png`. */
  socialPreview: (locale: Locale) => `${localePrefix(locale)}/social-preview.png`,
} as const;

/**
 * The page at `pathname` (as the address bar shows it, in any locale) in another locale:
 * `/ru/charts/membership/` → `/zh/charts/membership/`, `/ru/` → `/`. The query and anchor are the
 * caller's to add.
 */
export function pathInLocale(pathname: string, locale: Locale): string {
  const bare = (pathname.split(/[?#]/)[0] ?? '/').replace(/^\/(?:ru|zh)(?=\/|$)/, '');
  const withSlash = bare === '' ? '/' : bare.endsWith('/') ? bare : `${bare}/`;
  return `${localePrefix(locale)}${withSlash}`;
}
