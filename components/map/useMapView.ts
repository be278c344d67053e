'use client';
/**
 * The map's view state, kept in step with the URL both ways:
 * - a change the user makes shows at once (local state) and is written to the URL with
 *   lib/searchParams.ts (no page load), debounced while a control is being dragged;
 * - a change someone else makes to the URL (the membership chart sets `year`, the back
 *   button, a pasted link) is adopted, while our own pending writes are not undone.
 *
 * Without search params (the prerendered fallback) it is plain local state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { setSearchParams } from '@/lib/searchParams';
import {
  defaultViewState,
  mapViewQuery,
  parseMapViewState,
  serializeMapViewState,
  type MapUrlContext,
  type MapViewState,
  type ParamReader,
} from './urlState';

export type ViewUpdate = Partial<MapViewState> | ((view: MapViewState) => MapViewState);

export interface UpdateOptions {
  /** Wait this long for further changes before writing the URL (slider drags, playback). */
  debounceMs?: number;
}

interface Synced {
  view: MapViewState;
  /** The map part of the URL we last wrote or adopted. */
  written: string | null;
  /** The map part of the URL at the last render. */
  seen: string | null;
}

export function useMapView(params: ParamReader | null, ctx: MapUrlContext): [MapViewState, (update: ViewUpdate, options?: UpdateOptions) => void] {
  const urlView = params ? parseMapViewState(params, ctx) : null;
  const urlKey = urlView ? mapViewQuery(urlView) : null;
  const [state, setState] = useState<Synced>(() => ({ view: urlView ?? defaultViewState(ctx), written: urlKey, seen: urlKey }));

  let current = state;
  if (urlKey !== state.seen) {
    // The URL changed. Adopt it unless it is only catching up with what we wrote.
    current = urlKey !== state.written && urlView ? { view: urlView, written: urlKey, seen: urlKey } : { ...state, seen: urlKey };
    setState(current);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<MapViewState | undefined>(undefined);
  const syncsUrl = params !== null;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const view = pending.current;
    pending.current = undefined;
    if (view) setSearchParams(serializeMapViewState(view));
  }, []);

  useEffect(() => flush, [flush]);

  const update = useCallback(
    (change: ViewUpdate, options: UpdateOptions = {}) => {
      setState((prev) => {
        const next = typeof change === 'function' ? change(prev.view) : { ...prev.view, ...change };
        const query = mapViewQuery(next);
        if (query === mapViewQuery(prev.view)) return prev;
        if (syncsUrl) {
          pending.current = next;
          clearTimeout(timer.current);
          if (options.debounceMs) timer.current = setTimeout(flush, options.debounceMs);
          else queueMicrotask(flush);
        }
        return { view: next, written: query, seen: prev.seen };
      });
    },
    [flush, syncsUrl],
  );

  return [current.view, update];
}
