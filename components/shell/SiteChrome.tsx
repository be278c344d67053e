import type { ReactNode } from 'react';
import { messages, type Locale } from '@/lib/i18n';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_ID, SkipLink } from './SkipLink';

/** The site around a page's content: skip link, header, `<main>`, footer (pages and not-found). */
/** `notFound`: the page answers an address that is no page, so its languages link to each home page. */
export function SiteChrome({ locale, notFound = false, children }: { locale: Locale; notFound?: boolean; children: ReactNode }) {
  return (
    <>
      <SkipLink label={messages(locale).shell.skipLink} />
      <SiteHeader locale={locale} notFound={notFound} />
      <main id={MAIN_ID} tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
