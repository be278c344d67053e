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
import { gzipSize, scriptUrls } from './bundle';

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
  /** Fragments of the other locales' catalogues found in the page's first-load scripts. */
  foreign: Fragment[];
}

export function checkPage(outDir: string, route: string, htmlFile: string, foreignFragments: readonly Fragment[]): PageLanguageCheck {
  const urls = pageScripts(outDir, htmlFile);
  let jsGzip = 0;
  const foreign = new Map<string, Fragment>();
  for (const url of urls) {
    const file = join(outDir, decodeURIComponent(url.split('?')[0] ?? url));
    if (!existsSync(file)) continue;
    jsGzip += gzipSize(file);
    for (const f of fragmentsIn(scriptText(outDir, url), foreignFragments)) foreign.set(f.text, f);
  }
  return { route, jsGzip, htmlGzip: gzipSize(join(outDir, htmlFile)), foreign: [...foreign.values()] };
}
