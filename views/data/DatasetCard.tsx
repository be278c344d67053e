/** A dataset on the /data index: its name, what it holds, how many records, its table and files. */
import { ButtonLink } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import type { DatasetId } from '@/data/registry';
import { format, messages } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { DatasetDownloads } from './DatasetDownloads';
import { downloadWords } from './downloadWords';
import { recordCount } from './recordCount';
import styles from './data.module.css';
import type { Locale } from '@/lib/i18n';

function TableIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2.5 3h11v10h-11zM2.5 6.5h11M2.5 9.75h11M6.5 6.5V13" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

export function DatasetCard({ locale, id, count }: { locale: Locale; id: DatasetId; count: number }) {
  const t = messages(locale).data;
  const info = t.datasets[id];
  return (
    <Card id={id} title={info.title} subtitle={info.description} className={styles.entry}>
      <p className={styles.count}>{recordCount(count, locale)}</p>
      <div className={styles.actions}>
        <ButtonLink
          href={paths.dataset(id, { locale })}
          variant="primary"
          size="sm"
          icon={<TableIcon />}
          aria-label={format(t.page.viewTableLabel, { dataset: info.title }, locale)}
        >
          {t.page.viewTable}
        </ButtonLink>
        <DatasetDownloads locale={locale} id={id} words={downloadWords(id, locale)} />
      </div>
    </Card>
  );
}
