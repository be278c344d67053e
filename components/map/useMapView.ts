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
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setSearchParams } from '@/lib/searchParams';
import { reconcileUrl, wroteUrl, type UrlSyncState } from './urlSync';
import {
  defaultViewState,
  MAP_PARAMS,
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
  /** Add a history entry (a discrete change Back should undo); otherwise the entry is replaced. */
  push?: boolean;
}

/** The map part of the page's current URL (at event time, not during render). */
function locationKey(ctx: MapUrlContext): string {
  return mapViewQuery(parseMapViewState(new URLSearchParams(window.location.search), ctx));
}

export function useMapView(params: ParamReader | null, ctx: MapUrlContext): [MapViewState, (update: ViewUpdate, options?: UpdateOptions) => void] {
  // Read once per URL, not on every render (a year step renders the explorer, not the URL).
  const urlView = useMemo(() => (params ? parseMapViewState(params, ctx) : null), [params, ctx]);
  const urlKey = useMemo(() => (urlView ? mapViewQuery(urlView) : null), [urlView]);
  const [state, setState] = useState<UrlSyncState>(() => ({ view: urlView ?? defaultViewState(ctx), echoes: [], seen: urlKey, adopted: 0 }));

  let current = state;
  if (urlKey !== state.seen) {
    current = reconcileUrl(state, urlKey, urlView);
    setState(current);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<MapViewState | undefined>(undefined);
  // Whether any change in the pending write asked for its own history entry.
  const pendingPush = useRef(false);
  const syncsUrl = params !== null;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const view = pending.current;
    const push = pendingPush.current;
    pending.current = undefined;
    pendingPush.current = false;
    if (!view) return;
    const key = mapViewQuery(view);
    if (key === locationKey(ctx)) return;
    setState((prev) => wroteUrl(prev, key));
    setSearchParams(serializeMapViewState(view), { push });
  }, [ctx]);

  useEffect(() => flush, [flush]);

  // A link whose map parameters are malformed or out of range (`year=abc`, `z=1e309`) is
  // rewritten to the view it shows, so the address bar, and any link copied from it, says what is
  // on screen. A URL without map parameters is left alone.
  useEffect(() => {
    if (!urlView) return;
    const present = new URLSearchParams(window.location.search);
    if (!MAP_PARAMS.some((key) => present.has(key))) return;
    const canonical = serializeMapViewState(urlView);
    if (MAP_PARAMS.some((key) => present.getAll(key).length > 1 || present.get(key) !== canonical[key])) setSearchParams(canonical);
  }, [urlView]);

  // Someone else's URL was adopted: a debounced write of our older view must not overwrite it.
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = undefined;
    pendingPush.current = false;
  }, [current.adopted]);

  const update = useCallback(
    (change: ViewUpdate, options: UpdateOptions = {}) => {
      setState((prev) => {
        const next = typeof change === 'function' ? change(prev.view) : { ...prev.view, ...change };
        if (mapViewQuery(next) === mapViewQuery(prev.view)) return prev;
        if (syncsUrl) {
          pending.current = next;
          if (options.push) pendingPush.current = true;
          clearTimeout(timer.current);
          if (options.debounceMs) timer.current = setTimeout(flush, options.debounceMs);
          else queueMicrotask(flush);
        }
        return { ...prev, view: next };
      });
    },
    [flush, syncsUrl],
  );

  return [current.view, update];
}
