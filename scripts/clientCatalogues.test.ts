/**
 * The built site's JavaScript does not ship the message catalogues (issue #18): a page gets the
 * words it shows in its HTML, from its server page, so adding Russian and Chinese costs an English
 * page nothing. Reads out/ (after `npm run build`); without a build it says so and checks only the
 * scanner itself.
 *
 * - No script the build publishes (every file under out/_next/static, lazy chunks included) holds a
 *   sentence of the Russian or the Chinese catalogue.
 * - No English page's scripts hold the English catalogue of a feature: a client leaf that imported
 *   a catalogue would carry all of that feature's sentences, whatever it shows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { zh } from '@/locales/zh';
import {
  catalogueFragments,
  decodeEscapes,
  fragmentsIn,
  pageScripts,
  publishedScripts,
  scriptText,
  type Catalogue,
  type Fragment,
} from './bench/languages';
import { htmlFileFor, prerenderedRoutes } from './bench/bundle';

const OUT = join(__dirname, '..', 'out');
const built = existsSync(join(OUT, 'index.html')) && existsSync(join(OUT, '_next', 'static'));
if (!built) console.log('clientCatalogues.test: no build in out/ (run `npm run build`): only the scanner was checked');

const FOREIGN: readonly Fragment[] = [...catalogueFragments(ru as Catalogue, 'cyrillic'), ...catalogueFragments(zh as Catalogue, 'han')];

/** English pages: every prerendered route outside /ru/ and /zh/. */
const englishRoutes = () => prerenderedRoutes(OUT).filter((r) => !/^\/(ru|zh)(\/|$)/.test(r));

const describeLine = (f: Fragment) => `${f.key}: “${f.text.slice(0, 40)}…”`;

/** The fragments of `set` in the scripts at `urls`; each script scanned once per set (pages share most of theirs). */
const scanned = new Map<string, Fragment[]>();
function fragmentsInScripts(urls: readonly string[], set: string, fragments: readonly Fragment[]): Fragment[] {
  const found = new Set<Fragment>();
  for (const url of urls) {
    const key = `${set}\0${url}`;
    let hits = scanned.get(key);
    if (hits === undefined) {
      hits = fragmentsIn(scriptText(OUT, url), fragments);
      scanned.set(key, hits);
    }
    for (const h of hits) found.add(h);
  }
  return [...found];
}

describe('the catalogue scanner', () => {
  it('finds a sentence of each catalogue, also when the minifier escaped it', () => {
    const ruBoundaries = catalogueFragments({ footer: { boundaries: ru.shell.footer.boundaries } }, 'cyrillic');
    expect(ruBoundaries.length).toBeGreaterThan(0);
    const escaped = [...ru.shell.footer.boundaries].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    expect(fragmentsIn(decodeEscapes(`var a="${escaped}";`), ruBoundaries)).toHaveLength(ruBoundaries.length);
    const zhBoundaries = catalogueFragments({ footer: { boundaries: zh.shell.footer.boundaries } }, 'han');
    expect(zhBoundaries.length).toBeGreaterThan(0);
    expect(fragmentsIn(`x=${JSON.stringify(zh.shell.footer.boundaries)}`, zhBoundaries)).toHaveLength(zhBoundaries.length);
    expect(fragmentsIn('var a="Русский",b="中文";', FOREIGN)).toEqual([]);
  });

  it('splits messages at their ICU arguments and keeps only phrases', () => {
    const [fragment] = catalogueFragments({ m: { a: '{count, plural, one {# запись в наборе данных по годам} other {# записи}}' } }, 'cyrillic');
    expect(fragment?.text).toBe('запись в наборе данных по годам');
    expect(catalogueFragments({ m: { a: 'Кыргызская Республика' } }, 'cyrillic')).toEqual([]);
  });

  it('has sentences of every feature of both catalogues to look for', () => {
    for (const [catalogue, script] of [[ru, 'cyrillic'], [zh, 'han']] as const) {
      for (const [feature, messages] of Object.entries(catalogue)) {
        if (feature === 'format') continue; // words for dates and numbers: too short to tell apart
        expect(catalogueFragments(messages as Catalogue, script).length, `${script} ${feature}`).toBeGreaterThan(3);
      }
    }
  });
});

describe.runIf(built)('the built JavaScript', () => {
  it('holds no Russian or Chinese catalogue sentence in any script it publishes', () => {
    const scripts = publishedScripts(OUT);
    expect(scripts.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const url of scripts) {
      const hits = fragmentsInScripts([url], 'foreign', FOREIGN);
      if (hits.length > 0) found.push(`${url}: ${hits.length} sentences, e.g. ${hits.slice(0, 3).map(describeLine).join('; ')}`);
    }
    expect(found).toEqual([]);
  });

  it('gives no English page a Russian or Chinese sentence, nor any feature’s whole English catalogue', () => {
    const routes = englishRoutes();
    expect(routes).toContain('/');
    const features = Object.entries(en)
      .map(([feature, catalogue]) => ({ feature, fragments: catalogueFragments(catalogue as Catalogue, 'latin') }))
      .filter((f) => f.fragments.length >= 4);
    const problems: string[] = [];
    for (const route of routes) {
      const urls = pageScripts(OUT, htmlFileFor(route));
      expect(urls.length, `${route} loads no script: the scanner no longer reads the pages`).toBeGreaterThan(0);
      const foreign = fragmentsInScripts(urls, 'foreign', FOREIGN);
      // A leaf that imported a catalogue carries all of it; a stray coincidence is not a quarter.
      const whole = features.filter(({ feature, fragments }) => fragmentsInScripts(urls, feature, fragments).length * 4 >= fragments.length).map((f) => f.feature);
      const wrong = [
        ...(foreign.length > 0 ? [`${foreign.length} Russian or Chinese sentences (${describeLine(foreign[0] as Fragment)})`] : []),
        ...(whole.length > 0 ? [`the English catalogue of ${whole.join(', ')}`] : []),
      ];
      if (wrong.length > 0) problems.push(`${route}: ${wrong.join('; ')}`);
    }
    expect(problems).toEqual([]);
  });
});
