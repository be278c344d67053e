'use client';
/**
 * The React Query entry for the map's data in the page's language (mapDataFile.ts), and its
 * prefetch: kept apart from useMapData so that the explorer's own bundle, which only prefetches,
 * carries no query observer.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SiteLocale } from '@/lib/messages/locales';
import { fetchMapData } from './mapDataFile';

export function mapDataQuery(locale: SiteLocale) {
  return { queryKey: ['map', 'data', locale], queryFn: () => fetchMapData(locale), staleTime: Infinity } as const;
}

/** Starts loading the map's data in `locale` now when `when` holds (does nothing once it is loaded). */
export function usePrefetchMapData(when: boolean, locale: SiteLocale): void {
  const client = useQueryClient();
  useEffect(() => {
    if (when) void client.prefetchQuery(mapDataQuery(locale));
  }, [client, when, locale]);
}
