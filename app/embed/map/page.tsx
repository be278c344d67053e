import type { Metadata } from 'next';
import { embedPrepaintScript, MAP_EMBED_ID, SLIDE_ROOT_FONT } from '@/components/embed/embedLayout';
import { EmbedBridge } from '@/components/embed/EmbedBridge';
import { EmbeddedMap } from '@/components/embed/EmbeddedMap';
import { summarizeMapData } from '@/components/map/mapData';
import { statusesInYear } from '@/components/map/mapModel';
import { outlineYears } from '@/components/map/outlineYears';
import { siteMapData } from '@/components/map/siteMapData.server';
import { outlineFill, StaticOutline } from '@/components/map/StaticOutline';
import type { StatusKey } from '@/components/map/StatusPatterns';
import { QueryProvider } from '@/components/shell/QueryProvider';
import { messages } from '@/lib/i18n';
import styles from '../[id]/embed.module.css';

/**
 * /embed/map/: the map explorer alone, with no site header or footer: what a briefing slide shows
 * in a frame (`?year=2001&layout=slide&theme=projector`). Its view is the map's URL parameters
 * (components/map/README.md), read after hydration as on the dashboard; the outline of the default
 * year is drawn on the server. Links open in a new tab on a slide, in the whole window otherwise.
 */
export const metadata: Metadata = { title: messages().map.heading, robots: { index: false } };

const ROOT_ID = 'embed-root';

export default function EmbedMapPage() {
  const t = messages().map;
  const summary = summarizeMapData(siteMapData());
  const defaultYear = summary.maxYear;
  const statuses = statusesInYear(summary.states, defaultYear, summary.asOf);
  const statusByNumericId: Record<string, StatusKey> = {};
  for (const s of summary.states) statusByNumericId[s.numericId] = statuses.get(s.id) ?? 'none';
  const years = outlineYears(summary.states, summary, summary.asOf, outlineFill);
  const outline = <StaticOutline year={defaultYear} statusByNumericId={statusByNumericId} years={years} />;
  return (
    <>
      <base target="_top" />
      <script dangerouslySetInnerHTML={{ __html: embedPrepaintScript(SLIDE_ROOT_FONT.map) }} />
      <QueryProvider>
        <main id={ROOT_ID} className={styles.root} aria-labelledby="map-embed-heading">
          <h1 id="map-embed-heading" className="visually-hidden">
            {t.heading}
          </h1>
          <EmbeddedMap summary={summary} outline={outline} />
        </main>
      </QueryProvider>
      <EmbedBridge chart={MAP_EMBED_ID} followsYear rootId={ROOT_ID} swipeMovesSlides={false} />
    </>
  );
}
