import type { Metadata } from 'next';
import { dashboardMetadata, DashboardView } from '@/views/DashboardView';
import { routeLocale } from '@/views/routeLocale';

/** The page itself is views/DashboardView.tsx; this route renders it in Russian and Chinese, under /ru/ and /zh/. */
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return dashboardMetadata(await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <DashboardView locale={await routeLocale(params)} />;
}
