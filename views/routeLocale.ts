import { notFound } from 'next/navigation';
import { isSiteLocale, type SiteLocale } from '@/lib/messages/locales';

/** The languages with their own folder: `/ru/…`, `/zh/…` (English is at the root, app/(en)). */
export const PREFIXED_LOCALES = ['ru', 'zh'] as const satisfies readonly SiteLocale[];

export function prefixedLocaleParams(): { lang: string }[] {
  return PREFIXED_LOCALES.map((lang) => ({ lang }));
}

/** The locale of a route under `app/[lang]`; anything else is not a page. */
export async function routeLocale(params: Promise<{ lang: string }>): Promise<SiteLocale> {
  const { lang } = await params;
  if (!isSiteLocale(lang) || lang === 'en') notFound();
  return lang;
}
