'use client';
/**
 * The slide shown, from the URL's `slide` (1-based): each move is a new history entry, so the
 * browser's Back and Forward step through the slides and a reload keeps the place. A value that
 * names no slide (`slide=99`, `slide=abc`) lands on the nearest one and the address is rewritten
 * to it (replacing the entry). `raw` is the URL's `slide`, `undefined` while the URL is not read
 * yet (the built page and its hydration: the first slide, the address left alone).
 */
import { useCallback, useEffect } from 'react';
import { parseSlideParam, SLIDE_PARAM, slideParamValue } from './slideParam';

function urlWith(index: number): string {
  const url = new URL(window.location.href);
  url.searchParams.set(SLIDE_PARAM, slideParamValue(index));
  // The deck parameter's `~` stays readable (all its characters are URL-safe).
  return `${url.pathname}${url.search.replace(/%7E/gi, '~')}${url.hash}`;
}

export function useSlideIndex(count: number, raw: string | null | undefined): [number, (index: number) => void] {
  const parsed = parseSlideParam(raw ?? null, count);
  const known = raw !== undefined;

  useEffect(() => {
    if (known && parsed.rewrite) window.history.replaceState(null, '', urlWith(parsed.index));
  }, [known, parsed.rewrite, parsed.index]);

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
