'use client';
/**
 * The one way client components change the URL's query without a page load. Next's router
 * observes `history.replaceState`, so every `useSearchParams()` reader (map, charts) sees it.
 */
export function setSearchParams(updates: Record<string, string | null>): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  // `null`, not history.state: Next's patched replaceState ignores calls whose state carries its
  // own marker (__NA), so passing history.state back would hide the change from useSearchParams.
  // Commas need no escaping in a query; keep lists and coordinates readable (layers=a,b; c=70.5,42.1).
  const search = url.search.replace(/%2C/gi, ',');
  window.history.replaceState(null, '', `${url.pathname}${search}${url.hash}`);
}
