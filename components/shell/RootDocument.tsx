import type { ReactNode } from 'react';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { CjkFontFaces } from './CjkFontFaces';
import { CyrillicFontFace } from './CyrillicFontFace';
import { HydrationMark } from './HydrationMark';
import { fontClassNames } from './siteFonts';
import { THEME_SCRIPT } from './theme';

/**
 * The root of every document, in every language: `<html lang>` from the route's locale, the theme
 * applied before paint, the fonts of its script (siteFonts.ts). English pages are rendered by `app/(en)/layout.tsx`, Russian and
 * Chinese by `app/[lang]/layout.tsx`: two root layouts, so each page's `lang` is right in its HTML.
 */

export function RootDocument({ locale, children }: { locale: SiteLocale; children: ReactNode }) {
  return (
    // data-theme is set by THEME_SCRIPT before paint, so the server's markup differs on purpose.
    <html lang={LOCALE_TAGS[locale]} className={fontClassNames(locale)} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- this is the root layouts' document (app/(en), app/[lang]), not a page */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {locale === 'ru' && <CyrillicFontFace />}
        {locale === 'zh' && <CjkFontFaces />}
      </head>
      <body>
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
