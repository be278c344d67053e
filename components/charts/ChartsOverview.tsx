import Link from '@/components/ui/Link';
import { messages } from '@/lib/i18n';
import { chartEntries } from './chartRegistry';
import styles from './ChartsOverview.module.css';

export interface ChartsOverviewProps {
  /**
   * With a heading ("Charts", h2, and a link to /charts/), the charts' titles are h3: for the
   * dashboard. Without, the titles are h2: for a page that has its own h1 and intro (/charts/).
   */
  withHeading?: boolean;
}

/**
 * Every chart at the compact size, in a responsive grid (one column on a phone, two or more on a
 * wide screen). A server component: the charts select their data on the server and each links to
 * its own page from its frame.
 */
export function ChartsOverview({ withHeading = true }: ChartsOverviewProps) {
  const t = messages().charts.overview;
  const grid = (
    <div className={styles.grid}>
      {chartEntries().map(({ id, Component }) => (
        <div key={id} className={styles.cell}>
          <Component sizes={['compact']} headingLevel={withHeading ? 3 : 2} />
        </div>
      ))}
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
