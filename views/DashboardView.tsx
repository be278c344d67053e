/**
 * The dashboard (`/`): the map explorer, then the four charts (terrorism 2020, RATS figures,
 * membership, exercises by year) in frames loaded as they near the screen.
 *
 * Server component: selects from data/ what the map needs (components/map/siteMapData.server.ts)
 * and sends the explorer only its summary — the statuses, the controls' and the legend's needs;
 * the events, names and sources are the static /map-data.json, loaded after first paint. It
 * renders the map's outline as static SVG for the default year, so the page shows the map before
 * any JavaScript runs; the explorer is prerendered at the default view and hydrated in place.
 */
import { ChartsOverview } from '@/components/charts/ChartsOverview';
import { exportMenuWords } from '@/components/export/exportWords';
import { MapExplorer } from '@/components/map/MapExplorer';
import { AddToBriefing } from '@/components/present/AddToBriefing';
import { addToBriefingWords } from '@/components/present/words/deckWords.server';
import { mapMessages } from '@/components/map/mapMessages.server';
import { siteMapPage } from '@/components/map/siteMapPage.server';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { pageMetadata } from './metadata';
import styles from './dashboard.module.css';

export function dashboardMetadata(locale: Locale) {
  return pageMetadata(locale, (o) => paths.home(o), {});
}

export function DashboardView({ locale }: { locale: Locale }) {
  const t = messages(locale).map;
  const { summary, outline } = siteMapPage(locale);

  return (
    <div className={`page ${styles.dashboard}`}>
      <section aria-labelledby="map-heading" className={styles.mapSection}>
        <h1 id="map-heading" className={styles.heading}>
          {t.heading}
        </h1>
        <p className={`lede ${styles.intro}`}>{t.intro}</p>
        <MapExplorer messages={mapMessages(locale)} exportWords={exportMenuWords(locale)} summary={summary} outline={outline} actions={<AddToBriefing view={{ kind: 'map' }} words={addToBriefingWords(locale)} />} />
      </section>

      {/* The charts beside the map: each in its own frame, loaded as it nears the screen. */}
      <ChartsOverview locale={locale} years={{ minYear: summary.minYear, maxYear: summary.maxYear }} />
    </div>
  );
}
