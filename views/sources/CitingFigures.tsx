'use client';
/** The figures citing a source, grouped by dataset, each linking to its row in the dataset's table.
 * Record names and details stay as the data writes them, marked with their language. */
import { Fragment } from 'react';
import type { DatasetId } from '@/data/registry';
import type { CitingFigure } from '@/lib/citationsFile';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { langAttribute } from '@/lib/textLanguage';
import styles from './citations.module.css';
import { useCitationsSettings } from './CitationsSettings';
import { QuoteLines, type QuoteWords } from './QuoteLines';
import { useCitingFigures } from './useCitingFigures';

/** "Each figure is a row of its table: Joint exercises, States" (the list by Intl.ListFormat). */
export function TableLinks({ intro, datasetIds }: { intro: string; datasetIds: readonly DatasetId[] }) {
  const { datasets, locale } = useCitationsSettings();
  const parts = new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction', style: 'narrow' }).formatToParts(datasetIds);
  return (
    <>
      {intro}{' '}
      {parts.map((part, i) =>
        part.type === 'element' && part.value in datasets ? (
          <a key={i} href={datasets[part.value as DatasetId].href}>
            {datasets[part.value as DatasetId].title}
          </a>
        ) : (
          <Fragment key={i}>{part.value}</Fragment>
        ),
      )}
    </>
  );
}

function FigureLine({ figure, locale, quote }: { figure: CitingFigure; locale: SiteLocale; quote: QuoteWords }) {
  return (
    <li className={styles.citation}>
      <a href={figure.href} lang={langAttribute(figure.name, locale)}>
        {figure.name}
      </a>
      <span className={styles.citationField}>
        {' · '}
        {figure.field}
        {figure.detail ? (
          <>
            {': '}
            <span lang={langAttribute(figure.detail, locale)}>{figure.detail}</span>
          </>
        ) : null}
      </span>
      <QuoteLines quote={figure.quote} locator={figure.locator} words={quote} />
    </li>
  );
}

export function CitingFigures({ sourceId, datasetIds }: { sourceId: string; datasetIds: readonly DatasetId[] }) {
  const { datasets, labels, locale, quote } = useCitationsSettings();
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
              <FigureLine key={`${f.href}|${f.field}|${i}`} figure={f} locale={locale} quote={quote} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
