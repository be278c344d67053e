/**
 * `/ru/map-data.json`, `/zh/map-data.json`: app/map-data.json's file with the names, months and
 * numbers in the page's language (components/map/localizeMapData.ts), written at build time.
 */
import { localizeMapData } from '@/components/map/localizeMapData';
import { siteMapData } from '@/components/map/siteMapData.server';
import { prefixedLocaleParams, routeLocale } from '@/views/routeLocale';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = prefixedLocaleParams;

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }): Promise<Response> {
  return Response.json(localizeMapData(siteMapData(), await routeLocale(params)));
}
