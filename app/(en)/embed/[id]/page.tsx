import type { Metadata } from 'next';
import { chartStaticParams } from '@/components/charts/chartIds';
import { embedChartMetadata, EmbedChartView } from '@/views/embed/EmbedChartView';

/** The page itself is views/embed/EmbedChartView.tsx; this route renders it in English, at the site's root. */
export const generateStaticParams = chartStaticParams;
export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedChartMetadata('en', (await params).id);
}

export default async function Page({ params }: Props) {
  return <EmbedChartView locale="en" id={(await params).id} />;
}
