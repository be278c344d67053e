import type { Metadata } from 'next';
import { chartStaticParams } from '@/components/charts/chartIds';
import { embedSlideMetadata, EmbedSlideView } from '@/views/embed/EmbedSlideView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/embed/EmbedSlideView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
export const generateStaticParams = chartStaticParams;
export const dynamicParams = false;

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedSlideMetadata(await routeLocale(params), (await params).id);
}

export default async function Page({ params }: Props) {
  return <EmbedSlideView locale={await routeLocale(params)} id={(await params).id} />;
}
