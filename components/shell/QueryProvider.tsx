'use client';
/**
 * React Query for client leaves that load the site's own static files (/data/*.json, /geo/*).
 * Those files never change while a page is open, so results stay fresh for the session and
 * are not refetched on focus.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: Infinity, gcTime: 30 * 60 * 1000, retry: 1, refetchOnWindowFocus: false },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
