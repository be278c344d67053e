import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { isChartId } from '@/components/charts/chartIds';
import { chartEntry } from '@/components/charts/chartRegistry';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import styles from './charts.module.css';
import { pageMetadata } from './metadata';

/** Every chart has its own page, built at export time: /charts/<id>/ (and /ru/…, /zh/…). */
export function chartMetadata(locale: Locale, id: string): Metadata {
  if (!isChartId(id)) return {};
  const entry = chartEntry(id, locale);
  return pageMetadata(locale, (o) => paths.chart(id, o), { title: entry.title, description: entry.subtitle });
}

export function ChartView({ locale, id }: { locale: Locale; id: string }) {
  if (!isChartId(id)) notFound();
  const { Component } = chartEntry(id, locale);
  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link href={paths.charts({ locale })}>{messages(locale).charts.chartPage.back}</Link>
      </p>
      <Component locale={locale} headingLevel={1} />
    </div>
  );
}
