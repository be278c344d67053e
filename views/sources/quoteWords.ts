/** QuoteLines' words in a locale, resolved on the server. */
import { messages, type Locale } from '@/lib/i18n';
import { compileMessage } from '@/lib/messages/compile.server';
import type { QuoteWords } from './QuoteLines';

export function quoteWords(locale: Locale): QuoteWords {
  const p = messages(locale).data.sourcesPage;
  return { locale, locator: compileMessage(p.citationLocator), quoteLanguage: p.quoteLanguage };
}
