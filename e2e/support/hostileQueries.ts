/**
 * Hostile query strings, generated from a seed (the same strings on every run, so a failure
 * names a query that fails again): years out of range or not numbers, unknown ISO codes, layers,
 * kinds and chart ids, markup and quotes, Unicode tricks (RTL override, zero-width, combining
 * marks, lone surrogates percent-encoded), 10 kB values, repeated keys, broken deck encodings.
 *
 * Every markup payload carries the marker `pw-x` (an element name and a `data-pw-x` attribute)
 * and sets `window.__pwned`: a page that shows any of them has taken markup from its URL.
 */
import { prng } from '../../data/testing/prng';

export const INJECTED_MARKER = 'pw-x';

const MARKUP = [
  `<script>window.__pwned=1</script>`,
  `<img src=x onerror="window.__pwned=1" data-${INJECTED_MARKER}>`,
  `"><svg onload=window.__pwned=1 data-${INJECTED_MARKER}>`,
  `'><${INJECTED_MARKER}>x</${INJECTED_MARKER}>`,
  `javascript:window.__pwned=1`,
  `" data-${INJECTED_MARKER}="1`,
  `</title><${INJECTED_MARKER}>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
];

const UNICODE = [
  '\u202Eevil\u202C', // right-to-left override
  '20\u200B17', // zero-width space inside a year
  '\uFEFF2017',
  'KG\u0301\u0301\u0301Z', // combining marks
  'Ｋ\uFF27Ｚ', // full-width letters
  '２０１７', // full-width digits
  '٢٠١٧', // Arabic-Indic digits
  '\u0000',
];

/** Percent-encodings that are not UTF-8 (lone surrogates, truncated sequences) or not escapes at all. */
const RAW_ENCODED = ['%ED%A0%80', '%ED%B0%80', '%uD800', '%E2%82', '%FF%FE', '%', '%%', '%0', '%00', '%C0%AE%C0%AE%2F'];

const KEYS = ['year', 'layers', 'kinds', 'focus', 'sel', 'z', 'c', 'view', 'slide', 'deck', 'theme', 'layout', 'id', 'chart', 'second', 'row', 'sort', 'utm_source', '__proto__', 'constructor', ''];

const YEARS = ['-1', '0', '1995', '1066', '99999', '2017.5', '1e309', 'NaN', 'Infinity', '-Infinity', 'abc', ' 2017', '2017 ', '0x7E1', '2_017', '+2017', '2017,2018', '[]', 'null', 'undefined', 'true'];
const WORDS = ['XXX', 'ZZZ', 'usa', 'K G Z', 'kgz', 'all', 'none', 'members,,,', 'foo,bar', 'exercises,exercises', 'map', 'list', 'table', 'no-such-chart', '../../etc/passwd', '..%2F..%2F', 'projector', 'slide', '-1', '1e-400'];
const DECKS = ['!!!', '1~', '1~d0~d0~', '2~zzz', '1~' + 'd0~'.repeat(400), '1~v999', '1~~~~', '999~d0', 'AAAA', '1~d0~t%FF'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function value(rand: () => number, key: string): string {
  const r = rand();
  if (r < 0.2) return encodeURIComponent(pick(rand, MARKUP));
  if (r < 0.32) return encodeURIComponent(pick(rand, UNICODE));
  if (r < 0.42) return pick(rand, RAW_ENCODED);
  if (r < 0.47) return encodeURIComponent(pick(rand, ['x', '9', '<', '"']).repeat(10_240));
  if (key === 'deck' || r < 0.55) return encodeURIComponent(pick(rand, DECKS));
  if (key === 'year' || key === 'slide' || r < 0.75) return encodeURIComponent(pick(rand, YEARS));
  return encodeURIComponent(pick(rand, WORDS));
}

/** `count` query strings (each starting with `?`), the same for the same seed. */
export function hostileQueries(seed: number, count: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const pairs: string[] = [];
    const n = 1 + Math.floor(rand() * 4);
    for (let j = 0; j < n; j++) {
      const key = rand() < 0.9 ? pick(rand, KEYS) : encodeURIComponent(pick(rand, [...MARKUP, ...UNICODE]));
      pairs.push(`${key}=${value(rand, key)}`);
      // Repeated keys: the same key again with another value.
      if (rand() < 0.2) pairs.push(`${key}=${value(rand, key)}`);
    }
    out.push(`?${pairs.join(rand() < 0.1 ? ';' : '&')}`);
  }
  return out;
}
