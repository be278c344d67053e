import type { Metadata } from 'next';
import { dataIndexMetadata, DataIndexView } from '@/views/data/DataIndexView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/data/DataIndexView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return dataIndexMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <DataIndexView locale={await routeLocale(params)} />;
}
