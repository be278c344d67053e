import type { Metadata } from 'next';
import { presentEditMetadata, PresentEditView } from '@/views/present/PresentEditView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/present/PresentEditView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return presentEditMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <PresentEditView locale={await routeLocale(params)} />;
}
