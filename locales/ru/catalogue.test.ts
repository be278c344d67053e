import { describe, expect, it } from 'vitest';
import { en } from '../en';
import { ru } from './index';

/**
 * The Russian catalogue against the English one: the same keys at every level, every English
 * placeholder kept (an ICU plural argument counts), no unknown placeholder, no empty value, no
 * value left in English, Cyrillic wherever there are words, and well-formed ICU plurals with all
 * four Russian categories (one, few, many, other).
 */

type Tree = { readonly [key: string]: string | Tree };

/** Values that are the same in both languages: format names, abbreviations, pixel sizes. */
const SAME_AS_ENGLISH = new Set([
  'CSV',
  'JSON',
  'SVG',
  'PNG 1×',
  'PNG 2×',
  'PNG 4×',
  'PNG 1920 × 1080',
  'PNG 1200 × 675',
  'ID',
  'URL',
  'DOI',
  'DOI {doi}',
]);

const RUSSIAN_PLURAL_CATEGORIES = ['one', 'few', 'many', 'other'] as const;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of flatten(value, path)) out.set(p, v);
  }
  return out;
}

/** Every node's keys and kinds (string or object), to compare the two shapes level by level. */
function shape(tree: Tree, prefix = ''): string[] {
  return Object.keys(tree)
    .sort()
    .flatMap((key) => {
      const value = tree[key];
      const path = prefix ? `${prefix}.${key}` : key;
      if (value === undefined) return [];
      return typeof value === 'string' ? [`${path}: string`] : [`${path}: object`, ...shape(value, path)];
    });
}

/** Placeholder names of a plain `{name}` template (the English catalogue's syntax). */
function englishPlaceholders(template: string): Set<string> {
  return new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''));
}

interface Argument {
  name: string;
  /** The plural's branches by selector, or undefined for a simple `{name}`. */
  plural?: Map<string, Node[]>;
}
type Node = string | Argument;

/**
 * A small parser of the ICU MessageFormat subset the catalogue uses: text, `{name}` and
 * `{name, plural, one {…} few {…} many {…} other {…}}` (with `#` inside branches). Throws on
 * anything else, so a typo in a plural fails the test rather than reaching readers.
 */
function parseIcu(message: string): Node[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in: ${message}`);
  };
  const skipSpace = () => {
    while (i < message.length && /\s/.test(message[i] ?? '')) i++;
  };
  const readWord = (): string => {
    const m = /^[A-Za-z_][\w]*|^=\d+/.exec(message.slice(i));
    if (!m) return fail('expected a name');
    i += m[0].length;
    return m[0];
  };
  const parseNodes = (inBranch: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = '';
    while (i < message.length) {
      const c = message[i];
      if (c === '}') {
        if (!inBranch) fail('unmatched }');
        break;
      }
      if (c === '{') {
        if (text) nodes.push(text);
        text = '';
        nodes.push(parseArgument());
        continue;
      }
      text += c;
      i++;
    }
    if (text) nodes.push(text);
    return nodes;
  };
  const parseArgument = (): Argument => {
    i++; // {
    skipSpace();
    const name = readWord();
    skipSpace();
    if (message[i] === '}') {
      i++;
      return { name };
    }
    if (message[i] !== ',') fail('expected , or }');
    i++;
    skipSpace();
    const type = readWord();
    if (type !== 'plural') fail(`unsupported argument type ${type}`);
    skipSpace();
    if (message[i] !== ',') fail('expected , after plural');
    i++;
    const plural = new Map<string, Node[]>();
    for (;;) {
      skipSpace();
      if (message[i] === '}') {
        i++;
        break;
      }
      const selector = readWord();
      if (!/^(zero|one|two|few|many|other|=\d+)$/.test(selector)) fail(`unknown plural selector ${selector}`);
      if (plural.has(selector)) fail(`duplicate selector ${selector}`);
      skipSpace();
      if (message[i] !== '{') fail('expected { after selector');
      i++;
      const branch = parseNodes(true);
      if (message[i] !== '}') fail('unclosed branch');
      i++;
      plural.set(selector, branch);
    }
    if (!plural.has('other')) fail(`plural ${name} has no other`);
    return { name, plural };
  };
  const nodes = parseNodes(false);
  if (i !== message.length) fail('trailing text');
  return nodes;
}

function argumentsOf(nodes: Node[]): Argument[] {
  return nodes.flatMap((n) =>
    typeof n === 'string' ? [] : [n, ...(n.plural ? [...n.plural.values()].flatMap(argumentsOf) : [])],
  );
}

const pluralRules = new Intl.PluralRules('ru');

/** Renders a parsed message the way an ICU formatter would (numbers unformatted), for spot checks. */
function render(nodes: Node[], values: Record<string, string | number>, hash?: number): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return hash === undefined ? n : n.replaceAll('#', String(hash));
      const value = values[n.name];
      if (!n.plural) return String(value);
      const count = Number(value);
      const branch = n.plural.get(`=${count}`) ?? n.plural.get(pluralRules.select(count)) ?? n.plural.get('other')!;
      return render(branch, values, count);
    })
    .join('');
}

const enFlat = flatten(en as unknown as Tree);
const ruFlat = flatten(ru as unknown as Tree);

describe('Russian catalogue', () => {
  it('has the same keys as English at every level', () => {
    expect(shape(ru as unknown as Tree)).toEqual(shape(en as unknown as Tree));
  });

  it('has no empty value', () => {
    const empty = [...ruFlat].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('parses every value as an ICU message, with no straight apostrophe (ICU quoting)', () => {
    const bad: string[] = [];
    for (const [key, value] of ruFlat) {
      if (value.includes("'")) bad.push(`${key}: straight apostrophe`);
      try {
        parseIcu(value);
      } catch (e) {
        bad.push(`${key}: ${(e as Error).message}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps every English placeholder and adds none', () => {
    const problems: string[] = [];
    for (const [key, english] of enFlat) {
      const russian = ruFlat.get(key) ?? '';
      const wanted = englishPlaceholders(english);
      const got = new Set(argumentsOf(parseIcu(russian)).map((a) => a.name));
      for (const name of wanted) if (!got.has(name)) problems.push(`${key}: missing {${name}}`);
      for (const name of got) if (!wanted.has(name)) problems.push(`${key}: unknown {${name}}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every plural all four Russian categories and uses # in each branch', () => {
    const problems: string[] = [];
    for (const [key, value] of ruFlat) {
      for (const arg of argumentsOf(parseIcu(value))) {
        if (!arg.plural) continue;
        for (const category of RUSSIAN_PLURAL_CATEGORIES) {
          const branch = arg.plural.get(category);
          if (!branch) problems.push(`${key}: {${arg.name}} lacks ${category}`);
          else if (!branch.some((n) => typeof n === 'string' && n.includes('#'))) problems.push(`${key}: {${arg.name}} ${category} lacks #`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes the full plural in the many-form key of every `xOne` pair', () => {
    const pairs = [...enFlat.keys()].filter((k) => k.endsWith('One') && enFlat.has(k.slice(0, -3)));
    expect(pairs.length).toBeGreaterThan(0);
    for (const one of pairs) {
      const many = one.slice(0, -3);
      const args = argumentsOf(parseIcu(ruFlat.get(many)!));
      expect(args.some((a) => a.plural), `${many} has an ICU plural`).toBe(true);
      expect(ruFlat.get(one)).toMatch(/\p{Script=Cyrillic}/u);
    }
    for (const series of Object.keys(en.charts.membership.counts) as (keyof typeof en.charts.membership.counts)[]) {
      const args = argumentsOf(parseIcu(ru.charts.membership.counts[series].other));
      expect(args.some((a) => a.name === 'count' && a.plural), `membership.counts.${series}.other`).toBe(true);
    }
  });

  it('declines counted nouns the Russian way', () => {
    const records = parseIcu(ru.data.page.records);
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => render(records, { count }))).toEqual([
      '1 запись',
      '2 записи',
      '5 записей',
      '11 записей',
      '21 запись',
      '22 записи',
      '25 записей',
    ]);
    const removed = parseIcu(ru.present.editor.removed);
    expect(render(removed, { title: 'Карта', count: 0 })).toBe('Слайд удалён: Карта. Осталось 0 слайдов.');
    expect(render(removed, { title: 'Карта', count: 21 })).toBe('Слайд удалён: Карта. Остался 21 слайд.');
    const members = parseIcu(ru.map.year.valueText);
    expect(render(members, { year: 2017, members: 8 })).toBe('2017: 8 государств-членов');
    expect(render(members, { year: 2001, members: 6 })).toBe('2001: 6 государств-членов');
    expect(render(members, { year: 1996, members: 3 })).toBe('1996: 3 государства-члена');
  });

  it('translates every value, except format names, abbreviations and pure placeholders', () => {
    const untranslated = [...enFlat]
      .filter(([key, english]) => ruFlat.get(key) === english)
      .filter(([, english]) => !SAME_AS_ENGLISH.has(english))
      .filter(([, english]) => /\p{L}/u.test(english.replace(/\{\w+\}/g, '')))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('has Cyrillic text in every value with words, except the allowed names', () => {
    const withWords = [...ruFlat].filter(([, v]) => !SAME_AS_ENGLISH.has(v) && /\p{L}/u.test(v.replace(/\{[^{}]*\}/g, '')));
    const latinOnly = withWords.filter(([, v]) => !/\p{Script=Cyrillic}/u.test(v)).map(([k]) => k);
    expect(latinOnly).toEqual([]);
    // And most values overall (the rest are format names and placeholder-only templates).
    const cyrillic = [...ruFlat.values()].filter((v) => /\p{Script=Cyrillic}/u.test(v)).length;
    expect(cyrillic / ruFlat.size).toBeGreaterThan(0.85);
  });
});
