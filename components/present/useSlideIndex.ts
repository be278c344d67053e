'use client';
/**
 * The slide shown, from the URL's `slide` (1-based): each move is a new history entry, so the
 * browser's Back and Forward step through the slides and a reload keeps the place. A value that
 * names no slide (`slide=99`, `slide=abc`) lands on the nearest one and the address is rewritten
 * to it (replacing the entry). Must be inside <Suspense> (it reads the URL).
 */
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect } from 'react';
import { parseSlideParam, SLIDE_PARAM, slideParamValue } from './slideParam';

function urlWith(index: number): string {
  const url = new URL(window.location.href);
  url.searchParams.set(SLIDE_PARAM, slideParamValue(index));
  // The deck parameter's `~` stays readable (all its characters are URL-safe).
  return `${url.pathname}${url.search.replace(/%7E/gi, '~')}${url.hash}`;
}

export function useSlideIndex(count: number): [number, (index: number) => void] {
  const raw = useSearchParams().get(SLIDE_PARAM);
  const parsed = parseSlideParam(raw, count);

  useEffect(() => {
    if (parsed.rewrite) window.history.replaceState(null, '', urlWith(parsed.index));
  }, [parsed.rewrite, parsed.index]);

  const go = useCallback(
    (index: number) => {
      const next = Math.min(count - 1, Math.max(0, index));
      if (next === parsed.index && !parsed.rewrite) return;
      window.history.pushState(null, '', urlWith(next));
    },
    [count, parsed.index, parsed.rewrite],
  );

  return [parsed.index, go];
}
