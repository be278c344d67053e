'use client';
/**
 * The explorer's prefetch of the map's data: a link that opens the details or the list needs the
 * data at once, beside their code. The code that loads it (mapDataPrefetch.ts, with React Query
 * and the data's check) is imported only then, so none of it is in the page's first-load scripts.
 */
import { useEffect } from 'react';
import type { SiteLocale } from '@/lib/messages/locales';

/** Starts loading the map's data in `locale` now when `when` holds (does nothing once it is loaded). */
export function usePrefetchMapData(when: boolean, locale: SiteLocale): void {
  useEffect(() => {
    if (when) void import('./mapDataPrefetch').then((m) => m.prefetchMapData(locale));
  }, [when, locale]);
}
