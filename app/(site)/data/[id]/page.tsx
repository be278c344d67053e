import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/components/ui/Link';
import { DATASETS, type DatasetId } from '@/data/registry';
import { sources } from '@/data/sources';
import { datasetTable } from '@/lib/datasetTable';
import { format, messages } from '@/lib/i18n';
import type { SourceLinkInfo } from '../datasetCells';
import { DatasetDownloads } from '../DatasetDownloads';
import { recordCount } from '../recordCount';
import { RecordsTable } from '../RecordsTable';
import styles from '../page.module.css';
import { paths } from '@/lib/paths';

/** Every dataset has its own table page, built at export time: /data/<id>/. */
export function generateStaticParams(): { id: DatasetId }[] {
  return DATASETS.map((ds) => ({ id: ds.id }));
}

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

function isDatasetId(id: string): id is DatasetId {
  return DATASETS.some((ds) => ds.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!isDatasetId(id)) return {};
  const t = messages().data;
  const info = t.datasets[id];
  return { title: format(t.datasetPage.metaTitle, { dataset: info.title }), description: info.description };
}

export default async function DatasetPage({ params }: Props) {
  const { id } = await params;
  if (!isDatasetId(id)) notFound();
  const t = messages().data;
  const info = t.datasets[id];
  const table = datasetTable(id);
  const sourceInfo = new Map<string, SourceLinkInfo>(
    sources.map((s) => [s.id, { title: s.title, ...(s.url !== undefined && { url: s.url }) }]),
  );
  return (
    <div className="page">
      <p className={styles.back}>
        <Link href={paths.data()}>{t.datasetPage.back}</Link>
      </p>
      <h1>{info.title}</h1>
      <p className="lede">
        {info.description} {recordCount(table.rows.length)}.
      </p>
      <div className={styles.actions}>
        <DatasetDownloads id={id} />
      </div>
      <p className={styles.hint}>{t.datasetPage.sortHint}</p>
      <RecordsTable id={id} table={table} sources={sourceInfo} />
    </div>
  );
}
