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
 * /embed/<id>/: one chart alone, at its compact size, with its Table view and Export menu: what the
 * dashboard shows in a frame beside the map (and what a reader can embed in a page of their own).
 * Links open in the whole window (`<base target="_top">`), not inside the frame. A briefing slide
 * shows it with `?layout=slide&theme=…` (components/embed/embedLayout.ts): the frame filled, type
 * sized to its height, the deck's theme, links in a new tab.
 */
export function embedChartMetadata(locale: Locale, id: string): Metadata {
  if (!isChartId(id)) return {};
  const entry = chartEntry(id, locale);
  return pageMetadata(locale, (o) => paths.embed(id, o), { title: entry.title, description: entry.subtitle, noIndex: true });
}

const ROOT_ID = 'embed-root';

export function EmbedChartView({ locale, id }: { locale: Locale; id: string }) {
  if (!isChartId(id)) notFound();
  const { Component } = chartEntry(id, locale);
  return (
    <>
      <base target="_top" />
      <script dangerouslySetInnerHTML={{ __html: embedPrepaintScript(SLIDE_ROOT_FONT.chart) }} />
      <main id={ROOT_ID} className={styles.root} aria-labelledby={`${id}-title`}>
        <Component locale={locale} sizes={['compact']} headingLevel={1} />
      </main>
      <EmbedBridge locale={locale} chart={id} followsYear={YEAR_CHART_IDS.includes(id)} rootId={ROOT_ID} />
    </>
  );
}
