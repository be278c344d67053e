/**
 * The languages' own names in the switcher ("Русский", "中文") on the pages whose fonts lack them:
 * an English page has neither Cyrillic nor Chinese, a Russian page no Chinese, a Chinese page no
 * Cyrillic. Written as text, a reader with no Chinese font saw an empty link where "中文" should
 * be, and every page's first layout searched the system's fonts for those characters (on this
 * Linux machine ~20 ms of the first layout, before the first paint). They are drawn instead as
 * outlines of the site's fonts (components/shell/languageNameOutlines.server.ts), cut from two tiny files
 * (scripts/fonts/languageNameFonts.ts: Inter's Cyrillic at weight 400, Noto Sans SC 400, each to
 * the letters of one name). Pure.
 */
import { LOCALE_NAMES, type SiteLocale } from '@/lib/messages/locales';

/** The languages whose names are written in a script of their own. */
export type NamedLocale = Exclude<SiteLocale, 'en'>;
export const NAMED_LOCALES: readonly NamedLocale[] = ['ru', 'zh'];

/** Each name's font file, from the repository's root (read at build time, not served). */
export const LANGUAGE_NAME_FILES: Readonly<Record<NamedLocale, string>> = {
  ru: 'components/shell/fonts/language-name-ru.woff2',
  zh: 'components/shell/fonts/language-name-zh.woff2',
};

/** The characters of a language's name, each once, in order. */
export function nameCharacters(locale: NamedLocale): string[] {
  return [...new Set(LOCALE_NAMES[locale])];
}

/** The names a page in `current` draws as outlines: the other scripts'. */
export function namesToDraw(current: SiteLocale): NamedLocale[] {
  return NAMED_LOCALES.filter((locale) => locale !== current);
}

/** A name drawn: an SVG path in a box 1000 units to the em, the baseline at y = 0. */
export interface NameOutline {
  /** The path, y downwards. */
  d: string;
  /** `0 -TOP width HEIGHT`: the same band for every name (LINE_TOP, LINE_BOTTOM), so one CSS rule sets them on the baseline. */
  viewBox: string;
}

/** The band of the line each outline's box covers, in em: from this far above the baseline… */
export const LINE_TOP = 0.95;
/** …to this far below it (LanguageSwitcher.module.css: height and vertical-align). */
export const LINE_BOTTOM = 0.25;
