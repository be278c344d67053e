import type { Metadata } from 'next';
import { datasetMetadata, datasetStaticParams, DatasetView } from '@/views/data/DatasetView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/data/DatasetView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
export const generateStaticParams = datasetStaticParams;
export const dynamicParams = false;

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return datasetMetadata(await routeLocale(params), (await params).id);
}

export default async function Page({ params }: Props) {
  return <DatasetView locale={await routeLocale(params)} id={(await params).id} />;
}
