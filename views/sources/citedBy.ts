/**
 * The line that sums up what cites a source: "Cited by 80 figures: 36 in States, 20 in Joint
 * exercises". Runs in the browser (the page sends counts, not sentences), so it takes its
 * messages compiled by the server and the datasets' names as arguments instead of importing the
 * locale; plurals by the locale's rules, the list by Intl.ListFormat.
 */
import type { DatasetId } from '@/data/registry';
import { formatMessage, type CompiledMessage } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';

/** How many figures of each dataset cite a source, datasets in the order the list shows them. */
export type CitationCounts = Partial<Record<DatasetId, number>>;

/** The messages, from locales/<locale>/data.ts `sourcesPage`, compiled. */
export interface CitedByTemplates {
  citedByNone: CompiledMessage;
  citedByIn: CompiledMessage;
  citedByOneIn: CompiledMessage;
  citedByAcross: CompiledMessage;
  datasetShare: CompiledMessage;
}

export function citedBySummary(
  counts: CitationCounts,
  templates: CitedByTemplates,
  datasets: Readonly<Record<DatasetId, { title: string }>>,
  locale: SiteLocale,
): string {
  const tag = LOCALE_TAGS[locale];
  const entries = (Object.entries(counts) as [DatasetId, number][]).filter(([, n]) => n > 0);
  const count = entries.reduce((n, [, k]) => n + k, 0);
  const [only] = entries;
  if (!only) return formatMessage(templates.citedByNone, tag);
  if (entries.length === 1) {
    const dataset = datasets[only[0]].title;
    return formatMessage(count === 1 ? templates.citedByOneIn : templates.citedByIn, tag, { count, dataset });
  }
  const shares = entries.map(([id, n]) => formatMessage(templates.datasetShare, tag, { count: n, dataset: datasets[id].title }));
  const list = new Intl.ListFormat(tag, { type: 'conjunction', style: 'narrow' }).format(shares);
  return formatMessage(templates.citedByAcross, tag, { count, datasets: list });
}
