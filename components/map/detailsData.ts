'use client';
/**
 * The details panel's data, loaded on demand from the static files the build writes
 * (/data/<dataset>.json, scripts/prebuild.ts) with React Query: one request per dataset per
 * session, shared by every panel. Records are checked against the data contract (data/schema.ts)
 * at this boundary; a record that does not parse is treated as missing, never trusted.
 */
import { useQuery } from '@tanstack/react-query';
import { siteQueryClient } from '@/lib/queryClient';
import { useMemo } from 'react';
import type { z } from 'zod';
import { exerciseSchema, incidentSchema, sourceSchema, stateSchema, terrorismStatSchema } from '@/data/schema';
import type { Exercise, Incident, Source, State, TerrorismStat } from '@/data/schema';
import { files } from '@/lib/paths';

type DatasetFile = 'states' | 'exercises' | 'incidents' | 'sources' | 'terrorismStats';

async function fetchRows(dataset: DatasetFile): Promise<unknown[]> {
  const url = files.dataset(dataset, 'json');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!Array.isArray(json)) throw new Error(`${url} is not a list of records`);
  return json;
}

function useRows(dataset: DatasetFile) {
  return useQuery({ queryKey: ['data', dataset], queryFn: () => fetchRows(dataset), staleTime: Infinity }, siteQueryClient());
}

function hasId(row: unknown, id: string): boolean {
  return typeof row === 'object' && row !== null && 'id' in row && row.id === id;
}

function parsed<S extends z.ZodType>(schema: S, row: unknown): z.infer<S> | undefined {
  const result = schema.safeParse(row);
  return result.success ? result.data : undefined;
}

export interface Loaded<T> {
  data: T | undefined;
  isLoading: boolean;
  error: Error | null;
}

function useRecord<S extends z.ZodType>(dataset: DatasetFile, schema: S, id: string): Loaded<z.infer<S>> {
  const q = useRows(dataset);
  const row = q.data?.find((r) => hasId(r, id));
  return { data: row === undefined ? undefined : parsed(schema, row), isLoading: q.isLoading, error: q.error };
}

export const useStateRecord = (id: string): Loaded<State> => useRecord('states', stateSchema, id);
export const useExerciseRecord = (id: string): Loaded<Exercise> => useRecord('exercises', exerciseSchema, id);
export const useIncidentRecord = (id: string): Loaded<Incident> => useRecord('incidents', incidentSchema, id);

/** Every source, by id. */
export function useSources(): Loaded<Map<string, Source>> {
  const q = useRows('sources');
  const data = useMemo(
    () =>
      q.data
        ? new Map(
            q.data.flatMap((r) => {
              const s = parsed(sourceSchema, r);
              return s ? [[s.id, s] as const] : [];
            }),
          )
        : undefined,
    [q.data],
  );
  return { data, isLoading: q.isLoading, error: q.error };
}

/** A state's terrorism statistics for 2020 (periods that touch 2020), in record order. */
export function useStats2020(country: string): Loaded<TerrorismStat[]> {
  const q = useRows('terrorismStats');
  const data = useMemo(
    () =>
      q.data?.flatMap((r) => {
        const s = parsed(terrorismStatSchema, r);
        return s && s.country === country && s.period.from <= '2020-12-31' && s.period.to >= '2020' ? [s] : [];
      }),
    [q.data, country],
  );
  return { data, isLoading: q.isLoading, error: q.error };
}
