/**
 * Messages as the browser formats them: ICU MessageFormat compiled ahead of time (icu-minify), so
 * a client leaf receives, from its server page, only the messages it uses, already parsed, and
 * formats them with a runtime of under 1 kB: no ICU parser and no catalogue in the page's scripts.
 *
 *   server page:  <Leaf t={compileMessages(messages(locale).map.year)} locale={locale} />
 *   client leaf:  formatMessage(t.valueText, locale, { year, members })
 */
import type { CompiledMessage } from 'icu-minify/format';
import format from 'icu-minify/format';

export type { CompiledMessage };

/** A catalogue slice with every message compiled: the same keys, JSON-serialisable values. */
export type Compiled<T> = { readonly [K in keyof T]: T[K] extends string ? CompiledMessage : Compiled<T[K]> };

export type MessageValues = Readonly<Record<string, string | number>>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, args: readonly unknown[], make: () => T): T {
  const key = JSON.stringify(args);
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

const OPTIONS = {
  formatters: {
    getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => cached(numberFormats, args, () => new Intl.NumberFormat(...args)),
    getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => cached(pluralRules, args, () => new Intl.PluralRules(...args)),
    getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => cached(dateFormats, args, () => new Intl.DateTimeFormat(...args)),
  },
  timeZone: 'UTC',
};

/** The message in `locale` with its arguments filled: plurals by the locale's rules, `#` in its digits. */
export function formatMessage(message: CompiledMessage, locale: string, values?: MessageValues): string {
  const result = format<string>(message, locale, values, OPTIONS);
  return Array.isArray(result) ? result.join('') : result;
}
