/**
 * The map as static SVG, rendered on the server at build time: every country in the same
 * projection and viewBox as the interactive map, filled by status in one year. It is what
 * shows before JavaScript runs (and without it); the interactive map takes its place, in the
 * same box, once its geometry has loaded.
 *
 * Countries of one fill share one <path> (a handful of elements instead of one per country), so
 * the outline costs little in the HTML, the RSC payload and hydration.
 */
import { messages, format } from '@/lib/i18n';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { outlinePaths } from './geometry.server';
import { StatusPatternDefs, statusFill, type StatusKey } from './StatusPatterns';
import styles from './MapStage.module.css';

const PREFIX = 'outline';
const OUTSIDE = 'outside';

export interface StaticOutlineProps {
  year: number;
  /** Status of each state in `year`, by ISO numeric id. */
  statusByNumericId: Readonly<Record<string, StatusKey>>;
}

export function StaticOutline({ year, statusByNumericId }: StaticOutlineProps) {
  const t = messages().map;
  const groups = new Map<StatusKey | typeof OUTSIDE, string[]>();
  for (const p of outlinePaths()) {
    const key = (p.numericId && statusByNumericId[p.numericId]) || OUTSIDE;
    const list = groups.get(key) ?? [];
    list.push(p.d);
    groups.set(key, list);
  }
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      className={styles.svg}
      role="img"
      aria-label={format(t.svgLabel, { year })}
      data-static-outline={year}
    >
      <defs>
        <StatusPatternDefs prefix={PREFIX} />
      </defs>
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} className={styles.water} />
      <g className={styles.countries}>
        {[...groups].map(([key, ds]) => (
          <path
            key={key}
            d={ds.join('')}
            fill={key === OUTSIDE ? undefined : statusFill(PREFIX, key)}
            className={key === OUTSIDE ? `${styles.country} ${styles.outside}` : styles.country}
            data-status={key}
          />
        ))}
      </g>
    </svg>
  );
}
