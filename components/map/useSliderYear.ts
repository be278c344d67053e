'use client';
/**
 * The explorer's year as the slider moves it: a step shows its year at once through the year
 * signal (yearSignal.ts: the map's class and fills, the legend, the slider's words, no render);
 * React's state, the URL and everything else that follows the year (the states' names, the
 * capitals' labels, an open details panel) take it once the slider has rested YEAR_COMMIT_MS, or
 * at once before anything else is done (another update, a click or key elsewhere, Play). A year
 * from anywhere else (the URL, Play, a chart) goes through React and is then the year shown; a
 * step not yet taken is dropped. The slider's own year reaching React drops nothing: steps taken
 * while React rendered it stay on screen and follow.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ViewUpdate, UpdateOptions } from './useMapView';
import { createYearSignal, type YearSignal } from './yearSignal';

/** How long the slider rests before React, the URL and the rest of the page take its year. */
export const YEAR_COMMIT_MS = 150;

type Update = (change: ViewUpdate, options?: UpdateOptions) => void;

export interface SliderYear {
  signal: YearSignal;
  /** The view's update, after the slider's year has been taken. */
  update: Update;
  onYearChange: (next: number, source: 'slider' | 'play') => void;
  /** Hands React the slider's year now, if a step has not been taken yet. */
  commitYear: () => void;
  /** For the explorer's pointer-down and key-down (capture): anything but the slider takes the year first. */
  onOtherInput: (e: { target: EventTarget }) => void;
}

export function useSliderYear(year: number, updateView: Update): SliderYear {
  const [signal] = useState(() => createYearSignal(year));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The year React shows, and the slider's year last handed to React (until React shows it).
  const shown = useRef(year);
  const handed = useRef<number | null>(null);
  const commitYear = useCallback(() => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = signal.get();
    if (next === shown.current) return;
    handed.current = next;
    updateView({ year: next });
  }, [updateView, signal]);
  const update = useCallback<Update>(
    (change, options) => {
      commitYear();
      updateView(change, options);
    },
    [commitYear, updateView],
  );
  useLayoutEffect(() => {
    shown.current = year;
    const own = handed.current === year;
    handed.current = null;
    // The slider's own year reaching React: a step taken since (on a slow phone, while React
    // rendered) stays on screen and is handed over in turn, instead of the slider snapping back.
    if (own) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    signal.set(year);
  }, [year, signal]);
  useLayoutEffect(() => () => clearTimeout(timer.current), []);

  const onYearChange = useCallback(
    (next: number, source: 'slider' | 'play') => {
      if (source === 'play') {
        update({ year: next });
        return;
      }
      signal.set(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(commitYear, YEAR_COMMIT_MS);
    },
    [update, signal, commitYear],
  );
  const onOtherInput = useCallback(
    (e: { target: EventTarget }) => {
      if (!(e.target instanceof HTMLInputElement && e.target.type === 'range')) commitYear();
    },
    [commitYear],
  );
  return { signal, update, onYearChange, commitYear, onOtherInput };
}
