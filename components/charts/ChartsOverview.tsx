import Link from '@/components/ui/Link';
import { messages } from '@/lib/i18n';
import type { ChartId } from './chartIds';
import { chartEntries } from './chartRegistry';
import styles from './ChartsOverview.module.css';

export interface ChartsOverviewProps {
  /**
   * With a heading ("Charts", h2, and a link to /charts/), the charts' titles are h3: for the
   * dashboard. Without, the titles are h2: for a page that has its own h1 and intro (/charts/).
   */
  withHeading?: boolean;
  /**
   * Charts drawn in full; the others are listed as cards linking to their own pages. Every chart
   * drawn adds its marks to the page's HTML and hydration work, so the dashboard draws only the
   * chart that moves with the map. All when absent.
   */
  drawn?: readonly ChartId[];
}

/**
 * Every chart at the compact size, in a responsive grid (one column on a phone, two or more on a
 * wide screen). A server component: the charts select their data on the server and each links to
 * its own page from its frame.
 */
export function ChartsOverview({ withHeading = true, drawn }: ChartsOverviewProps) {
  const t = messages().charts.overview;
  const entries = chartEntries();
  const isDrawn = (id: ChartId) => drawn === undefined || drawn.includes(id);
  const listed = entries.filter((e) => !isDrawn(e.id));
  const Heading = withHeading ? 'h3' : 'h2';
  const grid = (
    <div className={styles.grid}>
      {entries
        .filter((e) => isDrawn(e.id))
        .map(({ id, Component }) => (
          <div key={id} className={styles.cell}>
            <Component sizes={['compact']} headingLevel={withHeading ? 3 : 2} />
          </div>
        ))}
      {listed.length > 0 && (
        <nav aria-label={t.more} className={styles.cell}>
          <ul className={styles.cards}>
            {listed.map(({ id, title, subtitle }) => (
              <li key={id} className={styles.card}>
                <Heading className={styles.cardTitle}>
                  <Link href={`/charts/${id}/`}>{title}</Link>
                </Heading>
                <p className={styles.cardSubtitle}>{subtitle}</p>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
  if (!withHeading) return grid;
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
