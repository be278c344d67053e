import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/shell/HydrationMark';
import { THEME_SCRIPT } from '@/components/shell/theme';
import { messages } from '@/lib/i18n';
import './globals.css';

/**
 * The root of every document: <html>, the theme applied before paint, the font. The site's pages
 * add the header, navigation and footer in `(site)/layout.tsx`; the chart embeds (`/embed/<id>/`,
 * shown in the dashboard's frames) are the chart alone.
 */

/** Inter, variable weight, Latin subset, served from the site itself. */
const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter',
});

const t = messages().shell;

/** Where the site will be served: social previews need absolute URLs. Set SITE_URL when deploying. */
const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:3000';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: t.productName, template: `%s · ${t.productName}` },
  description: t.metadata.description,
  applicationName: t.productName,
  openGraph: { type: 'website', siteName: t.productName, title: t.productName, description: t.metadata.description },
  twitter: { card: 'summary_large_image', title: t.productName, description: t.metadata.description },
  formatDetection: { telephone: false, address: false, email: false },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f7f9' },
    { media: '(prefers-color-scheme: dark)', color: '#0f141a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // data-theme is set by THEME_SCRIPT before paint, so the server's markup differs on purpose.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
