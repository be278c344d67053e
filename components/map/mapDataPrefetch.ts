'use client';
/** The map data's prefetch, loaded by `usePrefetchMapData` (usePrefetchMapData.ts) only when a link needs the data at once. */
import { siteQueryClient } from '@/lib/queryClient';
import type { SiteLocale } from '@/lib/messages/locales';
import { mapDataQuery } from './mapDataQuery';

export function prefetchMapData(locale: SiteLocale): Promise<void> {
  return siteQueryClient().prefetchQuery(mapDataQuery(locale));
}
