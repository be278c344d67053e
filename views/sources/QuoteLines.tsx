/**
 * A citation's quote and locator ("p. 4"), one line each, as /sources and /sources/contested show
 * them under a figure or a claim. The quote stays in its source's language, marked with `lang`;
 * in another language than the page's it says so first ("Quote in Russian"). No hooks and no
 * catalogue: server and client parts both render it, with the words the server resolved.
 */
import { formatMessage, type CompiledMessage } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { textLanguage } from '@/lib/textLanguage';
import styles from './quoteLines.module.css';

/** The words QuoteLines needs in the page's language. */
export interface QuoteWords {
  locale: SiteLocale;
  /** "at {locator}" (compiled). */
  locator: CompiledMessage;
  /** "Quote in English", "Quote in Russian", "Quote in Chinese". */
  quoteLanguage: Readonly<Record<SiteLocale, string>>;
}

export interface QuoteLinesProps {
  quote?: string | undefined;
  locator?: string | undefined;
  words: QuoteWords;
}

export function QuoteLines({ quote, locator, words }: QuoteLinesProps) {
  const language = quote ? textLanguage(quote) : undefined;
  const tag = LOCALE_TAGS[words.locale];
  return (
    <>
      {quote ? (
        <span className={styles.quote}>
          {language !== undefined && language !== words.locale ? <span className={styles.quoteLanguage}>{words.quoteLanguage[language]} </span> : null}
          <q lang={language === undefined || language === words.locale ? undefined : LOCALE_TAGS[language]}>{quote}</q>
        </span>
      ) : null}
      {locator ? <span className={styles.locator}>{formatMessage(words.locator, tag, { locator })}</span> : null}
    </>
  );
}
