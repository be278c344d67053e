import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/shell/SiteChrome';
import { routeLocale } from '@/views/routeLocale';

/** Every page of the site in Russian or Chinese: skip link, header, main, footer. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  return <SiteChrome locale={await routeLocale(params)}>{children}</SiteChrome>;
}
