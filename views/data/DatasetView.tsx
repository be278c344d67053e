import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/components/ui/Link';
import { DATASETS, type DatasetId } from '@/data/registry';
import { sources } from '@/data/sources';
import { datasetTable } from '@/lib/datasetTable';
import { format, messages, type Locale } from '@/lib/i18n';
import type { SourceLinkInfo } from './datasetCells';
import { DatasetDownloads } from './DatasetDownloads';
import { downloadWords } from './downloadWords';
import { recordCount } from './recordCount';
import { RecordsTable } from './RecordsTable';
import styles from './data.module.css';
import { paths } from '@/lib/paths';
import { pageMetadata } from '../metadata';

/** Every dataset has its own table page, built at export time: /data/<id>/. */
export function datasetStaticParams(): { id: DatasetId }[] {
  return DATASETS.map((ds) => ({ id: ds.id }));
}

function isDatasetId(id: string): id is DatasetId {
  return DATASETS.some((ds) => ds.id === id);
}

export function datasetMetadata(locale: Locale, id: string): Metadata {
  if (!isDatasetId(id)) return {};
  const t = messages(locale).data;
  const info = t.datasets[id];
  return pageMetadata(locale, (o) => paths.dataset(id, o), { title: format(t.datasetPage.metaTitle, { dataset: info.title }, locale), description: info.description });
}

export function DatasetView({ locale, id }: { locale: Locale; id: string }) {
  if (!isDatasetId(id)) notFound();
  const t = messages(locale).data;
  const info = t.datasets[id];
  const table = datasetTable(id, locale);
  const sourceInfo = new Map<string, SourceLinkInfo>(
    sources.map((s) => [s.id, { title: s.title, ...(s.url !== undefined && { url: s.url }) }]),
  );
  return (
    <div className="page">
      <p className={styles.back}>
        <Link href={paths.data({ locale })}>{t.datasetPage.back}</Link>
      </p>
      <h1>{info.title}</h1>
      <p className="lede">
        {format(t.datasetPage.lede, { description: info.description, count: recordCount(table.rows.length, locale) }, locale)}
      </p>
      <div className={styles.actions}>
        <DatasetDownloads locale={locale} id={id} words={downloadWords(id, locale)} />
      </div>
      <p className={styles.hint}>{t.datasetPage.sortHint}</p>
      <RecordsTable locale={locale} id={id} table={table} sources={sourceInfo} />
    </div>
  );
}
