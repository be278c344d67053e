/**
 * The catalogues on the server: every message of a locale (locales/en, ru, zh), and `format` to fill
 * one in with ICU MessageFormat (plurals by the locale's rules). Client leaves do not import this:
 * their server page hands them the compiled slices they use (lib/messages/compile.server.ts).
 */
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import type { LocaleMessages } from '@/locales/shape';
import { zh } from '@/locales/zh';
import { compileMessage } from './messages/compile.server';
import { formatMessage, type MessageValues } from './messages/compiled';
import { type SiteLocale, SITE_LOCALES, LOCALE_TAGS } from './messages/locales';

export type Locale = SiteLocale;
export const LOCALES = SITE_LOCALES;
export type Messages = LocaleMessages;

const BY_LOCALE: Readonly<Record<Locale, LocaleMessages>> = { en, ru, zh };

/** Every message of `locale`. */
export function messages(locale: Locale): LocaleMessages {
  return BY_LOCALE[locale];
}

/** An ICU message filled in: format('{count, plural, one {# member} other {# members}}', { count: 6 }, 'en'). */
export function format(template: string, values: MessageValues, locale: Locale): string {
  return formatMessage(compileMessage(template), LOCALE_TAGS[locale], values);
}
