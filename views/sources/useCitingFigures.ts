'use client';
/**
 * The figures citing one source, from the file the build writes in the page's language
 * (public/data/citations.json, or <locale>/citations.json), loaded with React Query the first
 * time a reader opens any source's citations: one request per session, shared by every source.
 */
import { useQuery } from '@tanstack/react-query';
import { siteQueryClient } from '@/lib/queryClient';
import type { DatasetId } from '@/data/registry';
import type { CitationsFile, CitingDataset } from '@/lib/citationsFile';
import { parseCitationsFile } from './citationsFile';
import { useCitationsSettings } from './CitationsSettings';

async function fetchCitations(url: string, isDataset: (id: string) => id is DatasetId): Promise<CitationsFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const file = parseCitationsFile(await response.json(), isDataset);
  if (!file) throw new Error(`${url} is not a map of source ids to citing figures`);
  return file;
}

export function useCitingFigures(sourceId: string): { data: CitingDataset[] | undefined; error: Error | null } {
  const { datasets, citationsUrl } = useCitationsSettings();
  const isDataset = (id: string): id is DatasetId => Object.hasOwn(datasets, id);
  const query = useQuery({
    queryKey: ['data', 'citations', citationsUrl],
    queryFn: () => fetchCitations(citationsUrl, isDataset),
    select: (file: CitationsFile) => file[sourceId] ?? [],
    staleTime: Infinity,
  }, siteQueryClient());
  return { data: query.data, error: query.error };
}
