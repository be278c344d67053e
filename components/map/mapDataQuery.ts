'use client';
/**
 * The React Query entry for the map's data in the page's language (mapDataFile.ts), and its
 * prefetch. The explorer's own bundle only prefetches, and does it through a dynamic import
 * (mapDataPrefetch.ts): neither React Query nor the data's check is in the page's first-load
 * scripts.
 */
import { useEffect } from 'react';
import type { SiteLocale } from '@/lib/messages/locales';
import { fetchMapData } from './mapDataFile';

export function mapDataQuery(locale: SiteLocale) {
  return { queryKey: ['map', 'data', locale], queryFn: () => fetchMapData(locale), staleTime: Infinity } as const;
}

/** Starts loading the map's data in `locale` now when `when` holds (does nothing once it is loaded). */
export function usePrefetchMapData(when: boolean, locale: SiteLocale): void {
  useEffect(() => {
    if (when) void import('./mapDataPrefetch').then((m) => m.prefetchMapData(locale));
  }, [when, locale]);
}
