import Link from '@/components/ui/Link';
import { messages } from '@/lib/i18n';
import type { ChartId } from './chartIds';
import { chartEntries } from './chartRegistry';
import styles from './ChartsOverview.module.css';

export interface ChartsOverviewProps {
  /**
   * Charts drawn in full; the others are listed as cards linking to their own pages. Every chart
   * drawn adds its marks to the page's HTML and hydration work, so the dashboard draws only the
   * chart that moves with the map. All when absent.
   */
  drawn?: readonly ChartId[];
}

/**
 * The dashboard's charts section ("Charts", h2, with a link to /charts/): the charts drawn at the
 * compact size in a responsive grid (one column on a phone, two or more on a wide screen), the
 * others as cards (h3). A server component: the charts select their data on the server and each
 * links to its own page from its frame.
 */
export function ChartsOverview({ drawn }: ChartsOverviewProps) {
  const t = messages().charts.overview;
  const entries = chartEntries();
  const isDrawn = (id: ChartId) => drawn === undefined || drawn.includes(id);
  const listed = entries.filter((e) => !isDrawn(e.id));
  const grid = (
    <div className={styles.grid}>
      {entries
        .filter((e) => isDrawn(e.id))
        .map(({ id, Component }) => (
          <div key={id} className={styles.cell}>
            <Component sizes={['compact']} headingLevel={3} />
          </div>
        ))}
      {listed.length > 0 && (
        <nav aria-label={t.more} className={styles.cell}>
          <ul className={styles.cards}>
            {listed.map(({ id, title, subtitle }) => (
              <li key={id} className={styles.card}>
                <h3 className={styles.cardTitle}>
                  <Link href={`/charts/${id}/`}>{title}</Link>
                </h3>
                <p className={styles.cardSubtitle}>{subtitle}</p>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
  return (
    <section aria-labelledby="charts-overview-heading" className={styles.section}>
      <div className={styles.header}>
        <h2 id="charts-overview-heading" className={styles.heading}>
          {t.title}
        </h2>
        <Link href="/charts/" className={styles.all}>
          {t.all}
        </Link>
      </div>
      {grid}
    </section>
  );
}
