'use client';
/**
 * The React Query entry for the map's data in the page's language (mapDataFile.ts), shared by
 * the leaves that load it (useMapData.ts) and the explorer's prefetch (usePrefetchMapData.ts).
 */
import type { SiteLocale } from '@/lib/messages/locales';
import { fetchMapData } from './mapDataFile';

export function mapDataQuery(locale: SiteLocale) {
  return { queryKey: ['map', 'data', locale], queryFn: () => fetchMapData(locale), staleTime: Infinity } as const;
}
