import type { Metadata } from 'next';
import { chartStaticParams } from '@/components/charts/chartIds';
import { embedSlideMetadata, EmbedSlideView } from '@/views/embed/EmbedSlideView';

/** The page itself is views/embed/EmbedSlideView.tsx; this route renders it in English, at the site's root. */
export const generateStaticParams = chartStaticParams;
export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedSlideMetadata('en', (await params).id);
}

export default async function Page({ params }: Props) {
  return <EmbedSlideView locale="en" id={(await params).id} />;
}
