import type { Metadata } from 'next';
import { datasetMetadata, datasetStaticParams, DatasetView } from '@/views/data/DatasetView';

/** The page itself is views/data/DatasetView.tsx; this route renders it in English, at the site's root. */
export const generateStaticParams = datasetStaticParams;
export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return datasetMetadata('en', (await params).id);
}

export default async function Page({ params }: Props) {
  return <DatasetView locale="en" id={(await params).id} />;
}
