import type { ReactNode } from 'react';
import { messages, type Locale } from '@/lib/i18n';
import { QueryProvider } from './QueryProvider';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_ID, SkipLink } from './SkipLink';

/** The site around a page's content: skip link, header, `<main>`, footer (pages and not-found). */
export function SiteChrome({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <>
      <SkipLink label={messages(locale).shell.skipLink} />
      <QueryProvider>
        <SiteHeader locale={locale} />
        <main id={MAIN_ID} tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </QueryProvider>
    </>
  );
}
