import type { Metadata } from 'next';
import { chartStaticParams } from '@/components/charts/chartIds';
import { chartMetadata, ChartView } from '@/views/ChartView';

/** The page itself is views/ChartView.tsx; this route renders it in English, at the site's root. */
export const generateStaticParams = chartStaticParams;
export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return chartMetadata('en', (await params).id);
}

export default async function Page({ params }: Props) {
  return <ChartView locale="en" id={(await params).id} />;
}
