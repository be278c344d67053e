/** The words of `Table` in a locale (locales/<locale>/shell.ts `ui`), resolved on the server: the
 * sort announcement compiled for the browser. Server only (it reads the catalogue). */
import { messages, type Locale } from '@/lib/i18n';
import { compileMessage } from '@/lib/messages/compile.server';
import type { TableWords } from './tableTypes';

export function tableWords(locale: Locale): TableWords {
  const t = messages(locale).shell.ui;
  return { locale, sortedBy: compileMessage(t.sortedBy), ascending: t.ascending, descending: t.descending, noRows: t.noRows };
}
