import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CHART_ID, chartStaticParams, YEAR_CHART_IDS, isChartId, type ChartId } from '@/components/charts/chartIds';
import { chartEntry } from '@/components/charts/chartRegistry';
import type { ChartSize } from '@/components/charts/shared/sizes';
import { EmbedBridge } from '@/components/embed/EmbedBridge';
import { embedPrepaintScript, SLIDE_ROOT_FONT } from '@/components/embed/embedLayout';
import styles from '../embed.module.css';

/**
 * /embed/<id>/slide/: the chart alone as a briefing slide frames it (`?layout=slide&theme=…`),
 * drawn at whichever of its two layouts reads larger in the room a 16:9 slide leaves the plot
 * (about 3.5 : 1 below the frame's caption): the wide `full` layout for the terrorism panels and the
 * RATS rows (two columns, text at 13 px instead of 6 px), `compact` for the others. Otherwise the
 * same page as /embed/<id>/.
 */
const SLIDE_SIZE: Record<ChartId, ChartSize> = {
  [CHART_ID.terrorism2020]: 'full',
  [CHART_ID.ratsFigures]: 'full',
  [CHART_ID.membership]: 'compact',
  [CHART_ID.exercisesByYear]: 'compact',
  [CHART_ID.milestones]: 'compact',
};

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
  const { Component } = chartEntry(id);
  return (
    <>
      <base target="_top" />
      <script dangerouslySetInnerHTML={{ __html: embedPrepaintScript(SLIDE_ROOT_FONT.chart) }} />
      <main id={ROOT_ID} className={styles.root} aria-labelledby={`${id}-title`}>
        <Component sizes={[SLIDE_SIZE[id]]} headingLevel={1} responsive={false} />
      </main>
      <EmbedBridge chart={id} followsYear={YEAR_CHART_IDS.includes(id)} rootId={ROOT_ID} />
    </>
  );
}
