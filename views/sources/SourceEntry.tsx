/**
 * One source in the bibliography: its title (linked to the source when it is on the web),
 * publisher, date and description, and how many figures of each dataset cite it; the figures
 * themselves load when the reader opens the list (SourceArticle, CitationsDisclosure).
 * Kept to a few elements: the page lists every source, and each element costs hydration time.
 */
import type { Source } from '@/data/schema';
import type { Citation } from '@/lib/citations';
import { groupByDataset } from '@/lib/citationsFile';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import type { CitationCounts } from './citedBy';
import { SourceArticle } from './SourceArticle';
import type { Locale } from '@/lib/i18n';

const authorList = new Intl.ListFormat('en', { type: 'conjunction' });

/** Where the link goes, in short: "tass.com". */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export function SourceEntry({ source, citations }: { locale: Locale; source: Source; citations: readonly Citation[] }) {
  const p = messages().data.sourcesPage;
  const counts: CitationCounts = Object.fromEntries(groupByDataset(citations).map((g) => [g.datasetId, g.citations.length]));
  const meta = [
    source.authors ? authorList.format(source.authors) : undefined,
    source.publisher,
    source.date ? formatPartialDate(source.date) : p.undated,
    source.url ? hostOf(source.url) : undefined,
  ].filter((s) => s !== undefined);
  return (
    <SourceArticle id={source.id} counts={counts}>
      <h4>
        {source.url ? (
          <a href={source.url} rel="noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </h4>
      <p>
        {meta.join(' · ')}
        {source.doi && (
          <>
            {' · '}
            <a href={`https://doi.org/${source.doi}`} rel="noreferrer">
              {format(p.doiLabel, { doi: source.doi })}
            </a>
          </>
        )}
      </p>
      <p>{source.description}</p>
    </SourceArticle>
  );
}
