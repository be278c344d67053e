import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/shell/SiteChrome';

/** Every page of the site: skip link, header, main, footer. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome locale="en">{children}</SiteChrome>;
}
