import type { Metadata } from 'next';
import { embedPrepaintScript, MAP_EMBED_ID, SLIDE_ROOT_FONT } from '@/components/embed/embedLayout';
import { EmbedBridge } from '@/components/embed/EmbedBridge';
import { EmbeddedMap } from '@/components/embed/EmbeddedMap';
import { exportMenuWords } from '@/components/export/exportWords';
import { mapMessages } from '@/components/map/mapMessages.server';
import { siteMapPage } from '@/components/map/siteMapPage.server';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { pageMetadata } from '../metadata';
import styles from './embed.module.css';

/**
 * /embed/map/: the map explorer alone, with no site header or footer: what a briefing slide shows
 * in a frame (`?year=2001&layout=slide&theme=projector`). Its view is the map's URL parameters
 * (components/map/README.md), read after hydration as on the dashboard; the outline of the default
 * year is drawn on the server. Links open in a new tab on a slide, in the whole window otherwise.
 */
export function embedMapMetadata(locale: Locale): Metadata {
  return pageMetadata(locale, (o) => paths.embedMap(o), { title: messages(locale).map.heading, noIndex: true });
}

const ROOT_ID = 'embed-root';

export function EmbedMapView({ locale }: { locale: Locale }) {
  const t = messages(locale).map;
  const { summary, outline } = siteMapPage(locale);
  return (
    <>
      <base target="_top" />
      <script dangerouslySetInnerHTML={{ __html: embedPrepaintScript(SLIDE_ROOT_FONT.map) }} />
      <main id={ROOT_ID} className={styles.root} aria-labelledby="map-embed-heading">
        <h1 id="map-embed-heading" className="visually-hidden">
          {t.heading}
        </h1>
        <EmbeddedMap messages={mapMessages(locale)} exportWords={exportMenuWords(locale)} summary={summary} outline={outline} />
      </main>
      <EmbedBridge locale={locale} chart={MAP_EMBED_ID} followsYear rootId={ROOT_ID} swipeMovesSlides={false} />
    </>
  );
}
