'use client';
/**
 * Everything the map shows (MapData), loaded once per session from the static file in the page's
 * language (mapDataFile.ts: names, months and numbers already in it, so the browser builds no
 * Intl.DisplayNames) with React Query, by the parts that show it (the interactive map, the details panel, the list view,
 * the export menu) when they mount: never while the page hydrates. A link that opens the details
 * or the list prefetches it at once (usePrefetchMapData.ts), so it loads beside their code.
 */
import { useQuery } from '@tanstack/react-query';
import { siteQueryClient } from '@/lib/queryClient';
import { useMemo } from 'react';
import type { ExerciseKind } from '@/data/schema';
import { mapDataQuery } from './mapDataQuery';
import { useMapText } from './MapTextContext';
import { eventsUpTo, exercisesShown, type VisibleEvent } from './mapModel';
import type { MapData, MapExerciseInfo, MapIncidentInfo } from './types';

/** The map's data in the page's language, once loaded. */
export function useMapData(): { data: MapData | undefined; failed: boolean } {
  const { locale } = useMapText();
  const query = useQuery(mapDataQuery(locale), siteQueryClient());
  return { data: query.data, failed: query.error !== null };
}

export interface VisibleEvents {
  exercises: readonly VisibleEvent<MapExerciseInfo>[];
  incidents: readonly VisibleEvent<MapIncidentInfo>[];
}

const NONE: VisibleEvents = { exercises: [], incidents: [] };

/** The exercises (of the kinds shown) and incidents up to `year`, the year's own marked. */
export function useVisibleEvents(data: MapData | undefined, year: number, kinds: readonly ExerciseKind[]): VisibleEvents {
  return useMemo(() => (data ? { exercises: exercisesShown(data.exercises, year, kinds), incidents: eventsUpTo(data.incidents, year) } : NONE), [data, year, kinds]);
}
