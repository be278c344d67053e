'use client';
/**
 * A source's citations behind a disclosure. Closed, it holds only the summary (how many figures,
 * from which datasets) and links to those datasets' tables, which is also what a reader without
 * JavaScript gets on opening it. Opened, it loads the figures (CitingFigures) and lists them.
 */
import { useState } from 'react';
import type { DatasetId } from '@/data/registry';
import styles from './citations.module.css';
import { useCitationsSettings } from './CitationsSettings';
import { CitingFigures, TableLinks } from './CitingFigures';

export interface CitationsDisclosureProps {
  sourceId: string;
  /** "Cited by 80 figures: 36 in States, 20 in Joint exercises". */
  summary: string;
  /** The datasets whose records cite the source, in the order the list shows them. */
  datasetIds: readonly DatasetId[];
}

export function CitationsDisclosure({ sourceId, summary, datasetIds }: CitationsDisclosureProps) {
  const { labels } = useCitationsSettings();
  // A disclosure opened before the page hydrated gets its toggle event again from CitationsSettingsProvider.
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.citations} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (
        <CitingFigures sourceId={sourceId} datasetIds={datasetIds} />
      ) : (
        <TableLinks intro={labels.citationsInTables} datasetIds={datasetIds} />
      )}
    </details>
  );
}
