import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { chartPath } from '@/components/frame/frameSpec';
import { chartListing } from '@/components/charts/chartWords';
import { messages } from '@/lib/i18n';
import styles from './charts.module.css';

const t = messages().charts.indexPage;

export const metadata: Metadata = { title: t.title, description: t.metaDescription };

/**
 * /charts: a card per chart saying what it shows, linking to its own page. The charts are drawn
 * on their pages only: five drawn here made a 1 MB page that a phone took seconds to make usable.
 */
export default function ChartsIndexPage() {
  const entries = chartListing();
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
            <li key={e.id} className={styles.card}>
              <h3 className={styles.cardTitle}>
                <Link href={chartPath(e.id)}>{e.title}</Link>
              </h3>
              <p>{e.subtitle}</p>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
