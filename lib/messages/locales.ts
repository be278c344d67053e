/**
 * The atlas's languages: English (the source of every message, at the site's root), Russian and
 * Chinese (Simplified), the SCO's working languages, under `/ru/` and `/zh/`. Plain data.
 */
export const SITE_LOCALES = ['en', 'ru', 'zh'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

/** Each language named in itself, as a language switcher lists it. */
export const LOCALE_NAMES: Readonly<Record<SiteLocale, string>> = { en: 'English', ru: 'Русский', zh: '中文' };

/** The BCP 47 tag of each locale's pages (`<html lang>`, `hreflang`, Intl). */
export const LOCALE_TAGS: Readonly<Record<SiteLocale, string>> = { en: 'en', ru: 'ru', zh: 'zh-Hans' };

export function isSiteLocale(value: unknown): value is SiteLocale {
  return typeof value === 'string' && (SITE_LOCALES as readonly string[]).includes(value);
}
