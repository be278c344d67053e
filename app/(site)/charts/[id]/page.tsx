import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { chartStaticParams, isChartId } from '@/components/charts/chartIds';
import { chartEntry } from '@/components/charts/chartRegistry';
import { messages } from '@/lib/i18n';
import styles from '../charts.module.css';

/** Every chart has its own page, built at export time: /charts/<id>/. */
export const generateStaticParams = chartStaticParams;

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!isChartId(id)) return {};
  const entry = chartEntry(id);
  return { title: entry.title, description: entry.subtitle };
}

export default async function ChartPage({ params }: Props) {
  const { id } = await params;
  if (!isChartId(id)) notFound();
  const { Component } = chartEntry(id);
  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link href="/charts/">{messages().charts.chartPage.back}</Link>
      </p>
      <Component headingLevel={1} />
    </div>
  );
}
