/**
 * One source in the bibliography: its title (linked to the source when it is on the web),
 * publisher, date and description, and how many figures of each dataset cite it; the figures
 * themselves load when the reader opens the list (SourceArticle, CitationsDisclosure).
 * The source's own text (title, authors, publisher, description) stays as written, marked with
 * its language on a page in another; the date and the atlas's words are in the page's language.
 * Kept to a few elements: the page lists every source, and each element costs hydration time.
 */
import { Fragment, type ReactNode } from 'react';
import type { Source } from '@/data/schema';
import type { Citation } from '@/lib/citations';
import { groupByDataset } from '@/lib/citationsFile';
import { formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { langAttribute } from '@/lib/textLanguage';
import type { CitationCounts } from './citedBy';
import { SourceArticle } from './SourceArticle';

/** Where the link goes, in short: "tass.com". */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Record text as written: in a span with its language only where that differs from the page's. */
function asWritten(text: string, locale: Locale): ReactNode {
  const lang = langAttribute(text, locale);
  return lang === undefined ? text : <span lang={lang}>{text}</span>;
}

export function SourceEntry({ locale, source, citations }: { locale: Locale; source: Source; citations: readonly Citation[] }) {
  const p = messages(locale).data.sourcesPage;
  const counts: CitationCounts = Object.fromEntries(groupByDataset(citations).map((g) => [g.datasetId, g.citations.length]));
  const authors = source.authors ? new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(source.authors) : undefined;
  const meta: ReactNode[] = [
    authors === undefined ? undefined : asWritten(authors, locale),
    asWritten(source.publisher, locale),
    source.date ? formatPartialDate(source.date, locale) : p.undated,
    source.url ? hostOf(source.url) : undefined,
  ].filter((s) => s !== undefined);
  const titleLang = langAttribute(source.title, locale);
  return (
    <SourceArticle id={source.id} counts={counts}>
      <h4 lang={titleLang}>
        {source.url ? (
          <a href={source.url} rel="noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </h4>
      <p>
        {meta.map((m, i) => (
          <Fragment key={i}>
            {i > 0 ? ' · ' : null}
            {m}
          </Fragment>
        ))}
        {source.doi && (
          <>
            {' · '}
            <a href={`https://doi.org/${source.doi}`} rel="noreferrer">
              {format(p.doiLabel, { doi: source.doi }, locale)}
            </a>
          </>
        )}
      </p>
      <p lang={langAttribute(source.description, locale)}>{source.description}</p>
    </SourceArticle>
  );
}
