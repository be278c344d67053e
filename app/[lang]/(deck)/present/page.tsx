import type { Metadata } from 'next';
import { presentMetadata, PresentView } from '@/views/present/PresentView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/present/PresentView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return presentMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <PresentView locale={await routeLocale(params)} />;
}
