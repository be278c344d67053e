import Link from '@/components/ui/Link';
import { EmbeddedChart } from '@/components/embed/EmbeddedChart';
import { chartPath } from '@/components/frame/frameSpec';
import { messages } from '@/lib/i18n';
import { CHART_ID, DASHBOARD_CHART_IDS, YEAR_CHART_IDS, type ChartId } from './chartIds';
import { chartListing } from './chartWords';
import type { YearRange } from './shared/yearParam';
import styles from './ChartsOverview.module.css';
import type { Locale } from '@/lib/i18n';

export interface ChartsOverviewProps {
  /** The page's language (issue #18: wired through in a following change). */
  locale: Locale;

  /** The map's years: the charts that mark a year follow the map's. */
  years: YearRange;
}

/**
 * Roughly how tall each chart's embed is at a dashboard column's width (CSS px), so the frame
 * keeps its place before the chart reports its real height. Measured, not critical: the frame
 * takes the chart's own height as soon as it loads.
 */
const INITIAL_HEIGHT: Partial<Record<ChartId, number>> = {
  [CHART_ID.terrorism2020]: 1100,
  [CHART_ID.ratsFigures]: 1000,
  [CHART_ID.membership]: 1000,
  [CHART_ID.exercisesByYear]: 640,
};
const DEFAULT_HEIGHT = 800;

/**
 * The dashboard's charts section ("Charts", h2, with a link to /charts/): terrorism 2020, RATS
 * figures, membership and exercises by year, each the real chart (its Table view and Export menu)
 * in a frame loaded as it nears the screen, in a grid (one column on a phone, two on a wide
 * screen); the other charts as cards. A server component.
 */
export function ChartsOverview({ locale, years }: ChartsOverviewProps) {
  const t = messages(locale).charts.overview;
  const entries = chartListing(locale);
  const shown = entries.filter((e) => DASHBOARD_CHART_IDS.includes(e.id));
  const listed = entries.filter((e) => !DASHBOARD_CHART_IDS.includes(e.id));
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
      <div className={styles.grid}>
        {shown.map(({ id, title }) => (
          <div key={id} className={styles.cell}>
            <EmbeddedChart
              id={id}
              locale={locale}
              title={title}
              href={chartPath(id)}
              initialHeight={INITIAL_HEIGHT[id] ?? DEFAULT_HEIGHT}
              years={YEAR_CHART_IDS.includes(id) ? years : undefined}
              openLabel={t.open}
            />
          </div>
        ))}
      </div>
      {listed.length > 0 && (
        // Headed at the section's level, not under the last frame: each frame's chart brings its
        // own h1, and a card's h3 straight after it would skip a level for a screen reader.
        <nav aria-labelledby="charts-more-heading">
          <h2 id="charts-more-heading" className="visually-hidden">
            {t.more}
          </h2>
          <ul className={styles.cards}>
            {listed.map(({ id, title, subtitle }) => (
              <li key={id} className={styles.card}>
                <h3 className={styles.cardTitle}>
                  <Link href={chartPath(id)}>{title}</Link>
                </h3>
                <p className={styles.cardSubtitle}>{subtitle}</p>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
