'use client';
/** The figures citing a source, grouped by dataset, each linking to its row in the dataset's table. */
import { Fragment } from 'react';
import type { DatasetId } from '@/data/registry';
import type { CitingFigure } from '@/lib/citationsFile';
import styles from './citations.module.css';
import { useCitationsSettings } from './CitationsSettings';
import { QuoteLines } from './QuoteLines';
import { useCitingFigures } from './useCitingFigures';

/** "Each figure is a row of its table: Joint exercises, States". */
export function TableLinks({ intro, datasetIds }: { intro: string; datasetIds: readonly DatasetId[] }) {
  const { datasets } = useCitationsSettings();
  return (
    <>
      {intro}{' '}
      {datasetIds.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? ', ' : null}
          <a href={datasets[id].href}>{datasets[id].title}</a>
        </Fragment>
      ))}
    </>
  );
}

function FigureLine({ figure, locatorLabel }: { figure: CitingFigure; locatorLabel: string }) {
  return (
    <li className={styles.citation}>
      <a href={figure.href}>{figure.name}</a>
      <span className={styles.citationField}>
        {' · '}
        {figure.field}
        {figure.detail ? `: ${figure.detail}` : null}
      </span>
      <QuoteLines quote={figure.quote} locator={figure.locator} locatorLabel={locatorLabel} />
    </li>
  );
}

export function CitingFigures({ sourceId, datasetIds }: { sourceId: string; datasetIds: readonly DatasetId[] }) {
  const { datasets, labels } = useCitationsSettings();
  const { data, error } = useCitingFigures(sourceId);
  if (!data) {
    return (
      <div role="status" className={styles.pending}>
        <p>{error ? labels.citationsError : labels.citationsLoading}</p>
        <p>
          <TableLinks intro={labels.citationsInTables} datasetIds={datasetIds} />
        </p>
      </div>
    );
  }
  return (
    <ul className={styles.datasetList}>
      {data.map((group) => (
        <li key={group.datasetId}>
          <a className={styles.datasetName} href={datasets[group.datasetId].href}>
            {datasets[group.datasetId].title}
          </a>
          <ul className={styles.citationList}>
            {group.figures.map((f, i) => (
              <FigureLine key={`${f.href}|${f.field}|${i}`} figure={f} locatorLabel={labels.citationLocator} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
