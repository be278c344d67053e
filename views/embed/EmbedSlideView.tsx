import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { pageMetadata } from '../metadata';
import { notFound } from 'next/navigation';
import { YEAR_CHART_IDS, isChartId } from '@/components/charts/chartIds';
import { chartEntry } from '@/components/charts/chartRegistry';
import { EmbedBridge } from '@/components/embed/EmbedBridge';
import { embedPrepaintScript, SLIDE_ROOT_FONT } from '@/components/embed/embedLayout';
import styles from './embed.module.css';

/**
 * /embed/<id>/slide/: the chart alone as a briefing slide frames it (`?layout=slide&theme=…`),
 * drawn at whichever of its presets reads larger in the room a 16:9 slide leaves the plot (the
 * registry's `slideEmbedSize`), fitted to the slide rather than laid out again at the frame's
 * width. Otherwise the same page as /embed/<id>/.
 */
export function embedSlideMetadata(locale: Locale, id: string): Metadata {
  if (!isChartId(id)) return {};
  return pageMetadata(locale, (o) => paths.embedSlide(id, o), { title: chartEntry(id, locale).title, noIndex: true });
}

const ROOT_ID = 'embed-root';

export function EmbedSlideView({ locale, id }: { locale: Locale; id: string }) {
  if (!isChartId(id)) notFound();
  const { Component, slideEmbedSize } = chartEntry(id, locale);
  return (
    <>
      <base target="_top" />
      <script dangerouslySetInnerHTML={{ __html: embedPrepaintScript(SLIDE_ROOT_FONT.chart) }} />
      <main id={ROOT_ID} className={styles.root} aria-labelledby={`${id}-title`}>
        <Component locale={locale} sizes={[slideEmbedSize]} headingLevel={1} responsive={false} />
      </main>
      <EmbedBridge locale={locale} chart={id} followsYear={YEAR_CHART_IDS.includes(id)} rootId={ROOT_ID} />
    </>
  );
}
