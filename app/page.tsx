/**
 * The dashboard (`/`): the map explorer, then the charts overview.
 *
 * Server component: selects from data/ what the map needs (components/map/mapData.ts) and
 * renders the map's outline as static SVG for the default year, so the page shows the map
 * before any JavaScript runs. The explorer reads the URL (useSearchParams), so it sits in a
 * Suspense boundary whose prerendered fallback is the same explorer at the default view.
 */
import { Suspense } from 'react';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { ISO_NUMERIC } from '@/data/iso3';
import { DATA_AS_OF } from '@/data/meta';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { CHART_ID } from '@/components/charts/chartIds';
import { ChartsOverview } from '@/components/charts/ChartsOverview';
import { featureNames, viewTargets } from '@/components/map/geometry.server';
import { MapExplorer, MapExplorerFallback } from '@/components/map/MapExplorer';
import { selectMapData } from '@/components/map/mapData';
import { statusesInYear } from '@/components/map/mapModel';
import { StaticOutline } from '@/components/map/StaticOutline';
import type { StatusKey } from '@/components/map/StatusPatterns';
import { messages } from '@/lib/i18n';
import styles from './page.module.css';

export default function DashboardPage() {
  const t = messages().map;
  const data = selectMapData({
    states,
    exercises,
    incidents,
    asOfDate: DATA_AS_OF,
    sources,
    currentYear: new Date().getUTCFullYear(),
    featureNames: featureNames(),
    viewTargets: viewTargets(Object.values(ISO_NUMERIC)),
  });

  const defaultYear = data.maxYear;
  const statuses = statusesInYear(data.states, defaultYear, data.asOf);
  const statusByNumericId: Record<string, StatusKey> = {};
  for (const s of data.states) statusByNumericId[s.numericId] = statuses.get(s.id) ?? 'none';
  const outline = <StaticOutline year={defaultYear} statusByNumericId={statusByNumericId} />;

  return (
    <div className={`page ${styles.dashboard}`}>
      <section aria-labelledby="map-heading" className={styles.mapSection}>
        <h1 id="map-heading" className={styles.heading}>
          {t.heading}
        </h1>
        <p className={`lede ${styles.intro}`}>{t.intro}</p>
        <Suspense fallback={<MapExplorerFallback data={data} outline={outline} />}>
          <MapExplorer data={data} outline={outline} />
        </Suspense>
      </section>

      {/* The charts, below the map: each at its compact size, linking to its own page. */}
      <ChartsOverview drawn={[CHART_ID.membership]} />
    </div>
  );
}
