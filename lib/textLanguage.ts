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

/** A stretch of a line in one language: `lang` set when it differs from the page's. */
export interface LanguageRun {
  text: string;
  lang?: string;
}

const TOKENS = /\p{Script=Han}+|\p{Script=Cyrillic}+|\p{Script=Latin}+|[^\p{Script=Han}\p{Script=Cyrillic}\p{Script=Latin}]+/gu;

/**
 * A line cut where its language changes, for lines that put record text in English inside a
 * sentence of the page's language ("Киргизия: Kyrgyzstan–Tajikistan border fighting (2022)").
 * Each run of words in one script is one language; what has no letters (spaces, digits,
 * punctuation) belongs to the words on both sides when they share a language, to the line's ends'
 * words at its ends, and otherwise to the page. Adjacent runs of one language are one run.
 */
export function languageRuns(text: string, pageLocale: SiteLocale): LanguageRun[] {
  const tokens = text.match(TOKENS) ?? [];
  const langs = tokens.map((t) => textLanguage(t));
  const runs: LanguageRun[] = [];
  tokens.forEach((token, i) => {
    let lang = langs[i];
    if (lang === undefined) {
      const before = langs.slice(0, i).findLast((l) => l !== undefined);
      const after = langs.slice(i + 1).find((l) => l !== undefined);
      lang = before === undefined ? after : after === undefined ? before : before === after ? before : pageLocale;
    }
    const tag = lang === undefined || lang === pageLocale ? undefined : LOCALE_TAGS[lang];
    const last = runs.at(-1);
    if (last && last.lang === tag) last.text += token;
    else runs.push(tag === undefined ? { text: token } : { text: token, lang: tag });
  });
  return runs;
}
