import type { Metadata } from 'next';
import { DATASETS } from '@/data/registry';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { pageMetadata } from '../metadata';
import { DatasetCard } from './DatasetCard';
import { LegacyRecordLink } from './LegacyRecordLink';
import styles from './data.module.css';

export function dataIndexMetadata(locale: Locale): Metadata {
  const t = messages(locale).data;
  return pageMetadata(locale, (o) => paths.data(o), { title: t.page.title, description: t.page.intro });
}

/** The index of datasets: each with its description, record count, table page and downloads.
 * Each entry keeps the dataset's id as its anchor, so /data/#exercises still lands on it. */
export function DataIndexView({ locale }: { locale: Locale }) {
  const t = messages(locale).data;
  return (
    <div className="page">
      <h1>{t.page.title}</h1>
      <p className="lede">{t.page.intro}</p>
      <div className={styles.index}>
        {DATASETS.map((ds) => (
          <DatasetCard locale={locale} key={ds.id} id={ds.id} count={ds.rows.length} />
        ))}
      </div>
      <LegacyRecordLink locale={locale} datasetIds={DATASETS.map((ds) => ds.id)} />
    </div>
  );
}
