import type { ReactNode } from 'react';
import { QueryProvider } from './QueryProvider';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_ID, SkipLink } from './SkipLink';

/** The site around a page's content: skip link, header, `<main>`, footer (pages and not-found). */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <QueryProvider>
        <SiteHeader />
        <main id={MAIN_ID} tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </QueryProvider>
    </>
  );
}
