/**
 * The line that sums up what cites a source: "Cited by 80 figures: 36 in States, 20 in Joint
 * exercises". Runs in the browser (the page sends counts, not sentences), so it takes its
 * templates and the datasets' names as arguments instead of importing the locale.
 */
import type { DatasetId } from '@/data/registry';

/** How many figures of each dataset cite a source, datasets in the order the list shows them. */
export type CitationCounts = Partial<Record<DatasetId, number>>;

/** The templates, from locales/<locale>/data.ts `sourcesPage`. */
export interface CitedByTemplates {
  citedByNone: string;
  citedByIn: string;
  citedByOneIn: string;
  citedByAcross: string;
  datasetShare: string;
}

/** Fills `{name}` placeholders, as lib/i18n's `format` does (that module brings the locales with it). */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function citedBySummary(counts: CitationCounts, templates: CitedByTemplates, datasets: Readonly<Record<DatasetId, { title: string }>>): string {
  const entries = (Object.entries(counts) as [DatasetId, number][]).filter(([, n]) => n > 0);
  const count = entries.reduce((n, [, k]) => n + k, 0);
  const [only] = entries;
  if (!only) return templates.citedByNone;
  if (entries.length === 1) {
    const dataset = datasets[only[0]].title;
    return count === 1 ? fill(templates.citedByOneIn, { dataset }) : fill(templates.citedByIn, { count, dataset });
  }
  const shares = entries.map(([id, n]) => fill(templates.datasetShare, { count: n, dataset: datasets[id].title }));
  return fill(templates.citedByAcross, { count, datasets: shares.join(', ') });
}
