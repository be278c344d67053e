import type { Metadata } from 'next';
import { presenterMetadata, PresenterView } from '@/views/present/PresenterView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/present/PresenterView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return presenterMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <PresenterView locale={await routeLocale(params)} />;
}
