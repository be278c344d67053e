/**
 * A line that may mix the page's language with record text in another (lib/textLanguage.ts,
 * `languageRuns`): a line in one language is one element with its `lang`; a mixed line keeps the
 * page's words bare and wraps each stretch in another language in a `<span lang>`, so a screen
 * reader speaks each in its own voice. Hook-free, server-safe.
 */
import type { JSX } from 'react';
import { languageRuns } from '@/lib/textLanguage';
import type { SiteLocale } from '@/lib/messages/locales';

export interface LangTextProps {
  text: string;
  /** The page's language. */
  locale: SiteLocale;
  /** The element the line is (default `span`). */
  as?: keyof JSX.IntrinsicElements & ('li' | 'p' | 'span' | 'strong');
  className?: string;
}

export function LangText({ text, locale, as: Tag = 'span', className }: LangTextProps) {
  const runs = languageRuns(text, locale);
  const only = runs.length === 1 ? runs[0] : undefined;
  if (only || runs.length === 0) {
    return (
      <Tag className={className} lang={only?.lang}>
        {text}
      </Tag>
    );
  }
  return (
    <Tag className={className}>
      {runs.map((run, i) =>
        run.lang ? (
          <span key={i} lang={run.lang}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </Tag>
  );
}
