import type { Metadata } from 'next';
import { contestedMetadata, ContestedView } from '@/views/sources/contested/ContestedView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/sources/contested/ContestedView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contestedMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <ContestedView locale={await routeLocale(params)} />;
}
