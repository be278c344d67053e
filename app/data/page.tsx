import type { Metadata } from 'next';
import { DATASETS } from '@/data/registry';
import { sources } from '@/data/sources';
import { datasetTable } from '@/lib/datasetTable';
import { format, messages } from '@/lib/i18n';
import type { SourceLinkInfo } from './datasetCells';
import { DatasetSection } from './DatasetSection';
import styles from './page.module.css';

const t = messages().data;

export const metadata: Metadata = { title: t.page.title, description: t.page.intro };

export default function DataPage() {
  const sourceInfo = new Map<string, SourceLinkInfo>(
    sources.map((s) => [s.id, { title: s.title, ...(s.url !== undefined && { url: s.url }) }]),
  );
  const tables = DATASETS.map((ds) => ({ id: ds.id, table: datasetTable(ds.id) }));
  return (
    <div className="page">
      <h1>{t.page.title}</h1>
      <p className="lede">{t.page.intro}</p>
      <nav aria-labelledby="data-contents" className={styles.contents}>
        <h2 id="data-contents" className={styles.contentsTitle}>
          {t.page.contents}
        </h2>
        <ul>
          {tables.map(({ id, table }) => (
            <li key={id}>
              <a href={`#${id}`}>{t.datasets[id].title}</a>{' '}
              <span className="muted">
                ({table.rows.length === 1 ? t.page.recordsOne : format(t.page.records, { count: table.rows.length })})
              </span>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.datasets}>
        {tables.map(({ id, table }) => (
          <DatasetSection key={id} id={id} table={table} sources={sourceInfo} />
        ))}
      </div>
    </div>
  );
}
