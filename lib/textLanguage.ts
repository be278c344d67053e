/**
 * Which of the atlas's languages a piece of record text is written in, from its script: Han
 * characters are Chinese, Cyrillic Russian, Latin English (the data's language). Record text
 * (names, notes, source quotes) stays as written; a page in another language marks it with
 * `lang` so screen readers and fonts treat it right. Pure and tiny: safe in client leaves.
 */
import { LOCALE_TAGS, type SiteLocale } from './messages/locales';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The language of `text` by its letters, or undefined when it has none (ids, numbers). */
export function textLanguage(text: string): SiteLocale | undefined {
  // A Han character is a word, not a letter: weigh it so.
  const han = count(text, /\p{Script=Han}/gu) * 3;
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  if (han === 0 && cyrillic === 0 && latin === 0) return undefined;
  if (han >= cyrillic && han >= latin) return 'zh';
  return cyrillic >= latin ? 'ru' : 'en';
}

/** The `lang` attribute `text` needs on a page in `pageLocale`: its tag when it differs, else undefined. */
export function langAttribute(text: string, pageLocale: SiteLocale): string | undefined {
  const lang = textLanguage(text);
  return lang === undefined || lang === pageLocale ? undefined : LOCALE_TAGS[lang];
}
