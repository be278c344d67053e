import { describe, expect, it } from 'vitest';
import { compileMessage } from '@/lib/messages/compile.server';
import { formatMessage, type MessageValues } from '@/lib/messages/compiled';
import { en } from '../en';
import { argumentsOf, leaves, printsCount, shapeOf, type Tree } from '../testing/catalogueChecks';
import { ru } from './index';

/**
 * The Russian catalogue against the English one: the same keys at every level, every English
 * placeholder kept (an ICU plural argument counts), no unknown placeholder, no empty value, no
 * value left in English, Cyrillic wherever there are words, and well-formed ICU plurals with all
 * four Russian categories (one, few, many, other).
 */

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

/** Placeholder names of a plain `{name}` template (the English catalogue's syntax). */
function englishPlaceholders(template: string): Set<string> {
  return new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''));
}

/** The message in Russian with its arguments, as the browser formats it. */
const render = (message: string, values: MessageValues) => formatMessage(compileMessage(message), 'ru', values);

const enFlat = leaves(en as unknown as Tree);
const ruFlat = leaves(ru as unknown as Tree);

describe('Russian catalogue', () => {
  it('has the same keys as English at every level', () => {
    expect(shapeOf(ru as unknown as Tree)).toEqual(shapeOf(en as unknown as Tree));
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
        argumentsOf(value);
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
      const got = new Set(argumentsOf(russian).map((a) => a.name));
      for (const name of wanted) if (!got.has(name)) problems.push(`${key}: missing {${name}}`);
      for (const name of got) if (!wanted.has(name)) problems.push(`${key}: unknown {${name}}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every plural all four Russian categories and uses # in each branch', () => {
    const problems: string[] = [];
    for (const [key, value] of ruFlat) {
      for (const arg of argumentsOf(value)) {
        if (!arg.plural) continue;
        for (const category of RUSSIAN_PLURAL_CATEGORIES) {
          const branch = arg.plural[category];
          if (!branch) problems.push(`${key}: {${arg.name}} lacks ${category}`);
          else if (!printsCount(branch)) problems.push(`${key}: {${arg.name}} ${category} lacks #`);
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
      const args = argumentsOf(ruFlat.get(many) ?? '');
      expect(args.some((a) => a.plural), `${many} has an ICU plural`).toBe(true);
      expect(ruFlat.get(one)).toMatch(/\p{Script=Cyrillic}/u);
    }
    for (const series of Object.keys(en.charts.membership.counts) as (keyof typeof en.charts.membership.counts)[]) {
      const args = argumentsOf(ru.charts.membership.counts[series].other);
      expect(args.some((a) => a.name === 'count' && a.plural), `membership.counts.${series}.other`).toBe(true);
    }
  });

  it('declines counted nouns the Russian way', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => render(ru.data.page.records, { count }))).toEqual([
      '1 запись',
      '2 записи',
      '5 записей',
      '11 записей',
      '21 запись',
      '22 записи',
      '25 записей',
    ]);
    const removed = ru.present.editor.removed;
    expect(render(removed, { title: 'Карта', count: 0 })).toBe('Слайд удалён: Карта. Осталось 0 слайдов.');
    expect(render(removed, { title: 'Карта', count: 21 })).toBe('Слайд удалён: Карта. Остался 21 слайд.');
    const members = ru.map.year.valueText;
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
