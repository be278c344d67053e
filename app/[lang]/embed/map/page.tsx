import type { Metadata } from 'next';
import { embedMapMetadata, EmbedMapView } from '@/views/embed/EmbedMapView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/embed/EmbedMapView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMapMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <EmbedMapView locale={await routeLocale(params)} />;
}
