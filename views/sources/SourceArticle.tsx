'use client';
/**
 * One source's entry: its anchor (`/sources/#<id>`, where data rows link), what the server
 * rendered about it (title, publisher, description), then how many figures cite it, with the
 * disclosure that lists them. The page sends counts, not sentences, to keep its payload small.
 */
import type { ReactNode } from 'react';
import type { DatasetId } from '@/data/registry';
import { citedBySummary, type CitationCounts } from './citedBy';
import { CitationsDisclosure } from './CitationsDisclosure';
import { useCitationsSettings } from './CitationsSettings';
import styles from './source.module.css';

export function SourceArticle({ id, counts, children }: { id: string; counts: CitationCounts; children: ReactNode }) {
  const { datasets, labels, locale } = useCitationsSettings();
  const datasetIds = Object.keys(counts) as DatasetId[];
  return (
    <article id={id} className={styles.source}>
      {children}
      {datasetIds.length === 0 ? (
        <p className={styles.uncited}>{citedBySummary(counts, labels, datasets, locale)}</p>
      ) : (
        <CitationsDisclosure sourceId={id} summary={citedBySummary(counts, labels, datasets, locale)} datasetIds={datasetIds} />
      )}
    </article>
  );
}
