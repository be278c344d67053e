'use client';
/**
 * The one React Query client of a page, for the client leaves that load the site's own static
 * files (/map-data.json, /data/*.json, /geo/*): those files never change while a page is open, so
 * results stay fresh for the session and are not refetched on focus. The leaves pass it to
 * `useQuery(options, siteQueryClient())` rather than reading it from a provider, so React Query is
 * in the scripts of the parts that load data (the interactive map, the details panel, the list
 * view, /sources' figures), which load after the first paint, and in no page's first-load scripts
 * (a provider in the shell put ~9 KB gzip of it in every page's). In the browser it is one client
 * for the page; on the server (where no query runs) each call gets its own.
 */
import { QueryClient } from '@tanstack/react-query';

const OPTIONS = { defaultOptions: { queries: { staleTime: Infinity, gcTime: 30 * 60 * 1000, retry: 1, refetchOnWindowFocus: false } } } as const;

let browserClient: QueryClient | undefined;

export function siteQueryClient(): QueryClient {
  if (typeof window === 'undefined') return new QueryClient(OPTIONS);
  browserClient ??= new QueryClient(OPTIONS);
  return browserClient;
}
