import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { compileMessage, compileMessages } from './compile.server';
import { formatMessage } from './compiled';
import { isSiteLocale, LOCALE_NAMES, SITE_LOCALES } from './locales';

const records = compileMessage('{count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}');

describe('formatMessage', () => {
  it('chooses Russian plural forms by the language’s rules', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => formatMessage(records, 'ru', { count }))).toEqual([
      '1 запись',
      '2 записи',
      '5 записей',
      '11 записей',
      '21 запись',
      '22 записи',
      '25 записей',
    ]);
  });

  it('writes `#` in the locale’s digits and grouping, and a plain argument as it is given', () => {
    expect(formatMessage(records, 'ru', { count: 45000 })).toBe('45\u00a0000 записей');
    const troops = compileMessage('{count, plural, one {# soldier} other {# soldiers}} in {year}');
    expect(formatMessage(troops, 'en', { count: 6500, year: 2007 })).toBe('6,500 soldiers in 2007');
    expect(formatMessage(compileMessage('{year}年'), 'zh', { year: 2001 })).toBe('2001年');
  });

  it('is plain data a server component can hand to a client one (no null-prototype objects)', () => {
    const plural = compileMessage('{count, plural, one {# slide left} other {# slides left}}');
    const walk = (v: unknown): void => {
      if (v === null || typeof v !== 'object') return;
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v));
      for (const child of Object.values(v)) walk(child);
    };
    walk(plural);
  });

  it('survives the trip from a server page to a client leaf (JSON)', () => {
    const slice = compileMessages({ title: 'Map', nested: { valueText: '{year}: {members} members' } });
    const sent = JSON.parse(JSON.stringify(slice)) as typeof slice;
    expect(formatMessage(sent.title, 'en')).toBe('Map');
    expect(formatMessage(sent.nested.valueText, 'en', { year: 2017, members: 8 })).toBe('2017: 8 members');
  });
});

describe('the English catalogue', () => {
  it('is valid ICU MessageFormat throughout, and formats back to itself where it has no arguments', () => {
    const walk = (node: object, path: string): void => {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string') {
          const compiled = compileMessage(value);
          if (!/[{}]/.test(value)) expect(formatMessage(compiled, 'en'), `${path}.${key}`).toBe(value);
        } else walk(value as object, `${path}.${key}`);
      }
    };
    walk(en, 'en');
  });
});

describe('locales', () => {
  it('names each language in itself and knows only those', () => {
    expect(SITE_LOCALES.map((l) => LOCALE_NAMES[l])).toEqual(['English', 'Русский', '中文']);
    expect(isSiteLocale('ru')).toBe(true);
    expect(isSiteLocale('de')).toBe(false);
  });
});

describe('compileMessage', () => {
  it('gives plain objects, as React passes them from a server component to a client one', () => {
    const isPlain = (v: unknown): boolean =>
      typeof v !== 'object' || v === null || ((Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) && Object.values(v).every(isPlain));
    expect(isPlain(compileMessage('{count, plural, one {# plural-one} other {# plural-other}} in {year}'))).toBe(true);
  });
});
