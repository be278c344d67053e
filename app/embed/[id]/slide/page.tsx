import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chartStaticParams, YEAR_CHART_IDS, isChartId } from '@/components/charts/chartIds';
import { chartEntry } from '@/components/charts/chartRegistry';
import { EmbedBridge } from '@/components/embed/EmbedBridge';
import { embedPrepaintScript, SLIDE_ROOT_FONT } from '@/components/embed/embedLayout';
import styles from '../embed.module.css';

/**
 * /embed/<id>/slide/: the chart alone as a briefing slide frames it (`?layout=slide&theme=…`),
 * drawn at whichever of its presets reads larger in the room a 16:9 slide leaves the plot (the
 * registry's `slideEmbedSize`), fitted to the slide rather than laid out again at the frame's
 * width. Otherwise the same page as /embed/<id>/.
 */
export const generateStaticParams = chartStaticParams;

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!isChartId(id)) return {};
  return { title: chartEntry(id).title, robots: { index: false } };
}

const ROOT_ID = 'embed-root';

export default async function EmbedSlidePage({ params }: Props) {
  const { id } = await params;
  if (!isChartId(id)) notFound();
  const { Component, slideEmbedSize } = chartEntry(id);
  return (
    <>
      <base target="_top" />
      <script dangerouslySetInnerHTML={{ __html: embedPrepaintScript(SLIDE_ROOT_FONT.chart) }} />
      <main id={ROOT_ID} className={styles.root} aria-labelledby={`${id}-title`}>
        <Component sizes={[slideEmbedSize]} headingLevel={1} responsive={false} />
      </main>
      <EmbedBridge chart={id} followsYear={YEAR_CHART_IDS.includes(id)} rootId={ROOT_ID} />
    </>
  );
}
