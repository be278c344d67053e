import type { Metadata } from 'next';
import { chartsIndexMetadata, ChartsIndexView } from '@/views/ChartsIndexView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/ChartsIndexView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return chartsIndexMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <ChartsIndexView locale={await routeLocale(params)} />;
}
