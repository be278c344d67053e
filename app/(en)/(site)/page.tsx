import type { Metadata } from 'next';
import { dashboardMetadata, DashboardView } from '@/views/DashboardView';

/** The page itself is views/DashboardView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = dashboardMetadata('en');

export default function Page() {
  return <DashboardView locale="en" />;
}
