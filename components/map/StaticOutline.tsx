/**
 * The map as static SVG, rendered on the server at build time: every country in the same
 * projection and viewBox as the interactive map, filled by status in one year. It is what
 * shows before JavaScript runs (and without it); the interactive map takes its place, in the
 * same box, once its geometry has loaded.
 *
 * Countries outside the data share one <path>; each state of the data has its own, so that a
 * deep link to another year can fill them for that year before the first paint (outlineYears.ts).
 */
import { format, messages, type Locale } from '@/lib/i18n';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { outlinePaths } from './geometry.server';
import { OUTLINE_YEAR_SCRIPT, type OutlineYears } from './outlineYears';
import { StatusPatternDefs, statusFill, type StatusKey } from './StatusPatterns';
import styles from './MapStage.module.css';

const PREFIX = 'outline';
const OUTSIDE = 'outside';

export interface StaticOutlineProps {
  /** The page's language (the map's accessible name). */
  locale: Locale;
  year: number;
  /** Status of each state in `year`, by ISO numeric id. */
  statusByNumericId: Readonly<Record<string, StatusKey>>;
  /** Every year's statuses, for a deep link to another year (outlineYears.ts). */
  years: OutlineYears;
}

/** The fill of a status on the outline (its patterns carry the outline's prefix). */
export function outlineFill(status: StatusKey): string {
  return statusFill(PREFIX, status);
}

export function StaticOutline({ locale, year, statusByNumericId, years }: StaticOutlineProps) {
  const t = messages(locale).map;
  // The states of the data get a path each, so a deep link can refill them; the rest share one.
  const outside: string[] = [];
  const states: { numericId: string; status: StatusKey; d: string }[] = [];
  for (const p of outlinePaths()) {
    const status = p.numericId ? statusByNumericId[p.numericId] : undefined;
    if (p.numericId && status) states.push({ numericId: p.numericId, status, d: p.d });
    else outside.push(p.d);
  }
  return (
    <>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className={styles.svg}
        role="img"
        aria-label={format(t.svgLabel, { year }, locale)}
        data-static-outline={year}
        data-years={JSON.stringify(years)}
      >
        <defs>
          <StatusPatternDefs prefix={PREFIX} />
        </defs>
        <rect width={MAP_WIDTH} height={MAP_HEIGHT} className={styles.water} />
        <g className={styles.countries}>
          <path d={outside.join('')} className={`${styles.country} ${styles.outside}`} data-status={OUTSIDE} />
          {states.map((s) => (
            <path key={s.numericId} d={s.d} fill={outlineFill(s.status)} className={styles.country} data-status={s.status} data-n={s.numericId} />
          ))}
        </g>
      </svg>
      <script dangerouslySetInnerHTML={{ __html: OUTLINE_YEAR_SCRIPT }} />
    </>
  );
}
