import type { Metadata } from 'next';
import { sourcesMetadata, SourcesView } from '@/views/sources/SourcesView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/sources/SourcesView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourcesMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <SourcesView locale={await routeLocale(params)} />;
}
