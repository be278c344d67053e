/**
 * `/ru/social-preview.png`, `/zh/social-preview.png`: the social preview in the page's language
 * (views/socialPreview.tsx), written at build time; views/metadata.ts names it in each page's
 * Open Graph and Twitter tags.
 */
import { socialPreview } from '@/views/socialPreview';
import { prefixedLocaleParams, routeLocale } from '@/views/routeLocale';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = prefixedLocaleParams;

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }): Promise<Response> {
  return socialPreview(await routeLocale(params));
}
