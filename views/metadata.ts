/**
 * Each page's metadata in its language: the site's name and description, the page's title, and the
 * same page in the other languages (`hreflang` alternates), all from the locale's catalogue.
 */
import type { Metadata, Viewport } from 'next';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS, SITE_LOCALES } from '@/lib/messages/locales';
import { files, type PathOptions } from '@/lib/paths';

/** Where the site will be served: social previews need absolute URLs. Set SITE_URL when deploying. */
const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:3000';

/** The social preview's size (views/socialPreview.tsx draws it). */
export const SOCIAL_PREVIEW_SIZE = { width: 1200, height: 630 };

/** Open Graph's locale form, language_TERRITORY (`og:locale`). */
const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU', zh: 'zh_CN' };

/** A page's address in any locale: `(o) => paths.chart(id, o)`. */
export type LocalePath = (options: PathOptions) => string;

/** The root layout's metadata: the product's name as the title template, in the locale. */
export function rootMetadata(locale: Locale): Metadata {
  const t = messages(locale).shell;
  // Drawn at build time by app/(en)/social-preview.png and app/[lang]/social-preview.png.
  const images = [{ url: files.socialPreview(locale), width: SOCIAL_PREVIEW_SIZE.width, height: SOCIAL_PREVIEW_SIZE.height, alt: t.metadata.ogImageAlt, type: 'image/png' }];
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t.productName, template: `%s · ${t.productName}` },
    description: t.metadata.description,
    applicationName: t.productName,
    openGraph: { type: 'website', siteName: t.productName, title: t.productName, description: t.metadata.description, locale: OG_LOCALE[locale], images },
    twitter: { card: 'summary_large_image', title: t.productName, description: t.metadata.description, images },
    formatDetection: { telephone: false, address: false, email: false },
  };
}

export const rootViewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f7f9' },
    { media: '(prefers-color-scheme: dark)', color: '#0f141a' },
  ],
};

/** The same page in every language, for `<link rel="alternate" hreflang>`; English is also x-default. */
export function alternates(locale: Locale, path: LocalePath): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const l of SITE_LOCALES) languages[LOCALE_TAGS[l]] = path({ locale: l });
  languages['x-default'] = path({ locale: 'en' });
  return { canonical: path({ locale }), languages };
}

export interface PageWords {
  title?: string;
  description?: string;
  /** Frames and deck tools: not for search engines. */
  noIndex?: boolean;
}

/** A page's metadata: its words and its other languages. */
export function pageMetadata(locale: Locale, path: LocalePath, words: PageWords): Metadata {
  return {
    ...(words.title !== undefined && { title: words.title }),
    ...(words.description !== undefined && { description: words.description }),
    ...(words.noIndex === true && { robots: { index: false } }),
    alternates: alternates(locale, path),
  };
}

export { format };
