'use client';
/**
 * The one way client components change the URL's query without a page load. Next's router
 * observes `history.pushState` and `replaceState`, so every `useSearchParams()` reader (map,
 * charts) sees it, and Back and Forward restore what each entry showed.
 *
 * `push` adds a history entry: for discrete changes a reader expects Back to undo (opening
 * details, a layer toggle, a chart's Table view). Continuous ones (the year slider, playback,
 * zoom and pan) replace the current entry, so Back does not replay every step.
 */
export interface SetSearchParamsOptions {
  push?: boolean;
}

export function setSearchParams(updates: Record<string, string | null>, { push = false }: SetSearchParamsOptions = {}): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  // Commas need no escaping in a query; keep lists and coordinates readable (layers=a,b; c=70.5,42.1).
  const next = `${url.pathname}${url.search.replace(/%2C/gi, ',')}${url.hash}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  // `null`, not history.state: Next's patched history methods ignore calls whose state carries its
  // own marker (__NA), so passing history.state back would hide the change from useSearchParams.
  if (push) window.history.pushState(null, '', next);
  else window.history.replaceState(null, '', next);
}
