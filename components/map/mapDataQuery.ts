'use client';
/**
 * The React Query entry for the map's data (MAP_DATA_URL), and its prefetch: kept apart from
 * useMapData so that the explorer's own bundle, which only prefetches, carries no query observer.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchMapData } from './mapDataFile';

export const MAP_DATA_QUERY = { queryKey: ['map', 'data'], queryFn: fetchMapData, staleTime: Infinity } as const;

/** Starts loading the map's data now when `when` holds (does nothing once it is loaded). */
export function usePrefetchMapData(when: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (when) void client.prefetchQuery(MAP_DATA_QUERY);
  }, [client, when]);
}
