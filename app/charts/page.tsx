import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { chartPath } from '@/components/frame/frameSpec';
import { ChartsOverview } from '@/components/charts/ChartsOverview';
import { chartEntries } from '@/components/charts/chartRegistry';
import { messages } from '@/lib/i18n';
import styles from './charts.module.css';

const t = messages().charts.indexPage;

export const metadata: Metadata = { title: t.title, description: t.metaDescription };

/** /charts: what each chart shows, with a link to its own page, then every chart. */
export default function ChartsIndexPage() {
  const entries = chartEntries();
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t.title}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <nav aria-labelledby="charts-contents">
        <h2 id="charts-contents" className={styles.contentsTitle}>
          {t.contents}
        </h2>
        <ul className={styles.contents}>
          {entries.map((e) => (
            <li key={e.id}>
              <Link href={chartPath(e.id)}>{e.title}</Link>
              <p>{e.subtitle}</p>
            </li>
          ))}
        </ul>
      </nav>
      <ChartsOverview withHeading={false} />
    </div>
  );
}
