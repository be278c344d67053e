import type { Metadata } from 'next';
import { DATASETS } from '@/data/registry';
import { messages } from '@/lib/i18n';
import { DatasetCard } from './DatasetCard';
import { LegacyRecordLink } from './LegacyRecordLink';
import styles from './page.module.css';

const t = messages().data;

export const metadata: Metadata = { title: t.page.title, description: t.page.intro };

/** The index of datasets: each with its description, record count, table page and downloads.
 * Each entry keeps the dataset's id as its anchor, so /data/#exercises still lands on it. */
export default function DataPage() {
  return (
    <div className="page">
      <h1>{t.page.title}</h1>
      <p className="lede">{t.page.intro}</p>
      <div className={styles.index}>
        {DATASETS.map((ds) => (
          <DatasetCard key={ds.id} id={ds.id} count={ds.rows.length} />
        ))}
      </div>
      <LegacyRecordLink datasetIds={DATASETS.map((ds) => ds.id)} />
    </div>
  );
}
