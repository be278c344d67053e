import { chartEntries } from './chartRegistry';
import styles from './ChartsOverview.module.css';

export interface ChartsOverviewProps {
  /** Heading level of each chart's title (2 under a page's h1). */
  headingLevel?: 2 | 3;
}

/**
 * Every chart at the compact size, in a responsive grid: the charts beside the map on `/`.
 * A server component; each chart links to its own page from its frame.
 */
export function ChartsOverview({ headingLevel = 2 }: ChartsOverviewProps) {
  return (
    <div className={styles.grid}>
      {chartEntries().map(({ id, Component }) => (
        <div key={id} className={styles.cell}>
          <Component size="compact" headingLevel={headingLevel} />
        </div>
      ))}
    </div>
  );
}
