/**
 * Whether a page's JavaScript carries the message catalogues (issue #18). Client leaves get the words
 * they show from their server page, as props in the HTML; a leaf that imported '@/lib/i18n' or
 * '@/locales/*' would bundle every message of every language into the scripts of every page.
 *
 * So a catalogue's sentences in a script are the sign of it: this module lists each catalogue's
 * distinctive fragments (the literal text of its messages between ICU arguments, long enough not
 * to be a state's name or a language's own name) and finds them in scripts. Pure but for the file
 * reads; used by scripts/clientCatalogues.test.ts and the bench (`npm run bench`, BENCH_ONLY=languages).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BudgetLine } from './budgets';
import { gzipSize, loaderPageData, scriptUrls } from './bundle';

export type Catalogue = { readonly [key: string]: string | Catalogue };

export interface Fragment {
  /** The message's key: "shell.footer.boundaries". */
  key: string;
  text: string;
}

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const HAN = /\p{Script=Han}/gu;

/** Every message of a catalogue with its dotted key. */
export function messagesOf(catalogue: Catalogue, prefix = ''): Fragment[] {
  return Object.entries(catalogue).flatMap(([k, v]) => {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    return typeof v === 'string' ? [{ key, text: v }] : messagesOf(v, key);
  });
}

/**
 * The pieces of a message that a bundled catalogue would hold verbatim: its text split at ICU
 * syntax (`{`, `}`, `#`, `'`), trimmed, kept if distinctive for `script`: Latin or Cyrillic
 * pieces of at least 24 characters with a space (a phrase, not a name), Han pieces of at least
 * 8 Han characters.
 */
export function fragmentsOf(message: Fragment, script: 'latin' | 'cyrillic' | 'han'): Fragment[] {
  return message.text
    .split(/[{}#']/)
    .map((piece) => piece.trim())
    .filter((piece) => {
      if (script === 'han') return (piece.match(HAN)?.length ?? 0) >= 8;
      if (piece.length < 24 || !piece.includes(' ')) return false;
      const cyrillic = piece.match(CYRILLIC)?.length ?? 0;
      return script === 'cyrillic' ? cyrillic >= 12 : cyrillic === 0 && /[a-z]{4} [a-z]{2}/i.test(piece) && !/^[a-z]+,\s*(plural|select)/i.test(piece);
    })
    .map((text) => ({ key: message.key, text }));
}

/** Every distinctive fragment of a catalogue, once each (the first key that has it). */
export function catalogueFragments(catalogue: Catalogue, script: 'latin' | 'cyrillic' | 'han'): Fragment[] {
  const seen = new Set<string>();
  return messagesOf(catalogue)
    .flatMap((m) => fragmentsOf(m, script))
    .filter((f) => (seen.has(f.text) ? false : (seen.add(f.text), true)));
}

/**
 * A script's string literals as the reader's browser reads them: minifiers may write non-ASCII
 * characters and quotes as escapes (`\u0410`, `\u{1F600}`, `\x41`, `\"`).
 */
export function decodeEscapes(js: string): string {
  return js
    .replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["'`\\])/g, '$1');
}

/** The fragments found in `text` (already decoded). */
export function fragmentsIn(text: string, fragments: readonly Fragment[]): Fragment[] {
  return fragments.filter((f) => text.includes(f.text));
}

/** Every script the build publishes (out/_next/static/**\/*.js), as paths relative to out/. */
export function publishedScripts(outDir: string): string[] {
  const root = join(outDir, '_next', 'static');
  if (!existsSync(root)) return [];
  const walk = (dir: string, rel: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      const relPath = `${rel}/${entry}`;
      if (statSync(path).isDirectory()) return walk(path, relPath);
      return entry.endsWith('.js') ? [relPath] : [];
    });
  return walk(root, '/_next/static');
}

const decoded = new Map<string, string>();

/** A published script's decoded text (cached: pages share most of their scripts). */
export function scriptText(outDir: string, url: string): string {
  const file = join(outDir, decodeURIComponent(url.split('?')[0] ?? url));
  const key = `${outDir}\0${file}`;
  let text = decoded.get(key);
  if (text === undefined) {
    text = existsSync(file) ? decodeEscapes(readFileSync(file, 'utf8')) : '';
    decoded.set(key, text);
  }
  return text;
}

/** The scripts a page's HTML loads first (its script tags, preloads and paint-first loader list). */
export function pageScripts(outDir: string, htmlFile: string): string[] {
  return scriptUrls(readFileSync(join(outDir, htmlFile), 'utf8'));
}

/** For one page: its first-load JS (gzip) and the other languages' fragments its scripts hold. */
export interface PageLanguageCheck {
  route: string;
  jsGzip: number;
  htmlGzip: number;
  /** The page's React data, fetched after its first paint (0 when it is inline). */
  dataGzip: number;
  /** Fragments of the other locales' catalogues found in the page's first-load scripts. */
  foreign: Fragment[];
}

export function checkPage(outDir: string, route: string, htmlFile: string, foreignFragments: readonly Fragment[]): PageLanguageCheck {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const urls = scriptUrls(html);
  let jsGzip = 0;
  const foreign = new Map<string, Fragment>();
  for (const url of urls) {
    const file = join(outDir, decodeURIComponent(url.split('?')[0] ?? url));
    if (!existsSync(file)) continue;
    jsGzip += gzipSize(file);
    for (const f of fragmentsIn(scriptText(outDir, url), foreignFragments)) foreign.set(f.text, f);
  }
  const data = loaderPageData(html);
  const dataGzip = data === null ? 0 : gzipSize(join(outDir, data));
  return { route, jsGzip, htmlGzip: gzipSize(join(outDir, htmlFile)), dataGzip, foreign: [...foreign.values()] };
}

/** English at the root; Russian and Chinese under these prefixes (bench routes have no trailing slash). */
const OTHER_PREFIXES = ['/ru', '/zh'] as const;
const isEnglish = (route: string) => !/^\/(ru|zh)(\/|$)/.test(route);
const inPrefix = (route: string, prefix: string) => (route === '/' ? prefix : `${prefix}${route}`);

/** The bench's routes plus the dashboard and one chart page (the list's first, else terrorism 2020) in Russian and Chinese. */
export function withLanguageRoutes(routes: readonly string[]): string[] {
  const chart = routes.find((r) => /^\/charts\/[^/]+$/.test(r)) ?? '/charts/terrorism-2020';
  const extra = OTHER_PREFIXES.flatMap((p) => [inPrefix('/', p), inPrefix(chart, p)]);
  return [...routes, ...extra.filter((r) => !routes.includes(r))];
}

export interface LanguageRow {
  route: string;
  jsGzip: number;
  htmlGzip: number;
  dataGzip: number;
  /** Russian or Chinese catalogue sentences in the page's first-load scripts (a budget on English pages). */
  foreign: Fragment[];
  /** Features whose English catalogue the page's scripts hold a quarter or more of. */
  wholeCatalogues: string[];
}

/** What the language checks read: each catalogue's fragments, computed once. */
export interface LanguageFragments {
  foreign: readonly Fragment[];
  english: readonly { feature: string; fragments: readonly Fragment[] }[];
}

export function languageFragments(catalogues: { en: Catalogue; ru: Catalogue; zh: Catalogue }): LanguageFragments {
  return {
    foreign: [...catalogueFragments(catalogues.ru, 'cyrillic'), ...catalogueFragments(catalogues.zh, 'han')],
    english: Object.entries(catalogues.en)
      .map(([feature, c]) => ({ feature, fragments: typeof c === 'string' ? [] : catalogueFragments(c, 'latin') }))
      .filter((f) => f.fragments.length >= 4),
  };
}

export function languageRow(outDir: string, route: string, htmlFile: string, f: LanguageFragments): LanguageRow {
  const check = checkPage(outDir, route, htmlFile, f.foreign);
  const text = pageScripts(outDir, htmlFile)
    .map((u) => scriptText(outDir, u))
    .join('\n');
  const wholeCatalogues = f.english.filter(({ fragments }) => fragmentsIn(text, fragments).length * 4 >= fragments.length).map((e) => e.feature);
  return { ...check, wholeCatalogues };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A Russian or Chinese page may load more script than its English page by at most this (issue #18: a language's fonts). */
export const OTHER_LANGUAGE_EXTRA_JS_BYTES = 100 * 1024;

/**
 * The checks that English pages do not grow with the languages, and that the other languages' pages
 * are held to the same scripts: no English page's first-load scripts hold a Russian or Chinese
 * sentence or a feature's whole English catalogue (words reach a page in its HTML), and each Russian
 * or Chinese page loads at most OTHER_LANGUAGE_EXTRA_JS_BYTES more than the same page in English.
 */
export function languageLines(rows: readonly LanguageRow[]): BudgetLine[] {
  const english = rows.filter((r) => isEnglish(r.route));
  const lines: BudgetLine[] = [];
  const leaking = english.filter((r) => r.foreign.length > 0);
  lines.push({
    check: "English pages' first-load JS: Russian or Chinese catalogue sentences",
    value:
      leaking.length === 0
        ? `none on ${english.length} pages`
        : `${leaking.length} of ${english.length} pages, e.g. ${leaking[0]?.route}: ${leaking[0]?.foreign.length} (${leaking[0]?.foreign[0]?.key})`,
    limit: 'none',
    pass: english.length > 0 && leaking.length === 0,
  });
  const whole = english.filter((r) => r.wholeCatalogues.length > 0);
  lines.push({
    check: "English pages' first-load JS: a feature's whole English catalogue",
    value: whole.length === 0 ? `none on ${english.length} pages` : `${whole.length} of ${english.length} pages, e.g. ${whole[0]?.route}: ${whole[0]?.wholeCatalogues.join(', ')}`,
    limit: 'none',
    pass: english.length > 0 && whole.length === 0,
  });
  // Each Russian or Chinese page against the same page in English: the largest difference.
  const pairs = rows.flatMap((row) => {
    const en = isEnglish(row.route) ? undefined : rows.find((r) => r.route === (row.route.replace(/^\/(ru|zh)/, '') || '/'));
    return en ? [{ row, en, extra: row.jsGzip - en.jsGzip }] : [];
  });
  const worst = pairs.reduce<(typeof pairs)[number] | undefined>((w, p) => (w === undefined || p.extra > w.extra ? p : w), undefined);
  if (worst) {
    lines.push({
      check: `Russian and Chinese pages' first-load JS over the same English page's (largest of ${pairs.length})`,
      value: `${worst.extra >= 0 ? '+' : '−'}${kb(Math.abs(worst.extra))} (${worst.row.route}: ${kb(worst.row.jsGzip)} vs ${worst.en.route}: ${kb(worst.en.jsGzip)})`,
      limit: `≤ +${kb(OTHER_LANGUAGE_EXTRA_JS_BYTES)}`,
      pass: worst.extra <= OTHER_LANGUAGE_EXTRA_JS_BYTES,
    });
  }
  return lines;
}

/** The languages table: each page's first-load JS, HTML and React data, and what of the catalogues its scripts hold. */
export function languageTable(rows: readonly LanguageRow[]): string {
  const out = [
    '| page | first-load JS (gzip) | HTML (gzip) | React data, after first paint (gzip) | Russian or Chinese sentences in its JS | whole English catalogues in its JS |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    out.push(`| ${r.route} | ${kb(r.jsGzip)} | ${kb(r.htmlGzip)} | ${r.dataGzip > 0 ? kb(r.dataGzip) : 'in the HTML'} | ${r.foreign.length} | ${r.wholeCatalogues.join(', ') || 'none'} |`);
  }
  return out.join('\n');
}

/** What the languages lines mean, printed under the table. */
export const LANGUAGES_NOTE =
  'How English pages are shown not to grow with the languages: a page gets its words from its server page, in its HTML and its React data, ' +
  'so its scripts hold no catalogue. An English page whose first-load scripts held a Russian or Chinese sentence, or a ' +
  "feature's whole English catalogue, would carry every language's words; none may. The same page in Russian or Chinese " +
  'loads the same scripts (at most 100 KB more, for its fonts). Script bytes alone cannot show it: every language shares them.';
