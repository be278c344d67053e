'use client';
/**
 * The year on screen while the slider moves, ahead of React's state. A step on the slider is
 * written straight into the parts of the page that show the year (the map's year class and
 * fills, the legend's counts, the slider's words) by the listeners those parts register here;
 * React's state follows once the slider rests (MapExplorer: YEAR_COMMIT_MS), and renders the same
 * page, so nothing changes then. Each listener writes what its component renders for that year,
 * from the same function (e.g. `statusBlockView`), so the two cannot disagree; a browser test
 * compares a step's page with a fresh load of that year (e2e/yearStep.spec.ts).
 *
 * Why: a React render costs more than a step's whole budget (issue #15: own work ≤ 4 ms a step
 * on this machine) even when only a few attributes change; the listeners change only those.
 */
import { createContext, useContext, useLayoutEffect, useRef } from 'react';

export interface YearSignal {
  get(): number;
  /** Shows `year`: every listener writes it, at once, if it is not already shown. */
  set(year: number): void;
  subscribe(listener: (year: number) => void): () => void;
}

export function createYearSignal(initial: number): YearSignal {
  let year = initial;
  const listeners = new Set<(year: number) => void>();
  return {
    get: () => year,
    set(next) {
      if (next === year) return;
      year = next;
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export const YearSignalContext = createContext<YearSignal | null>(null);

/**
 * Calls `write(year)` whenever the signal moves to another year, and once on mounting when the
 * signal is already ahead of `rendered` (the year this component's render shows: a part that
 * mounts while the slider moves). Outside a signal (a map without the explorer's slider) it does
 * nothing. The latest `write` is used.
 */
export function useYearListener(rendered: number, write: (year: number) => void): void {
  const signal = useContext(YearSignalContext);
  const latest = useRef(write);
  const renderedRef = useRef(rendered);
  useLayoutEffect(() => {
    latest.current = write;
    renderedRef.current = rendered;
  });
  useLayoutEffect(() => {
    if (!signal) return undefined;
    if (signal.get() !== renderedRef.current) latest.current(signal.get());
    return signal.subscribe((year) => latest.current(year));
  }, [signal]);
}

/** A listener's write of an element's text (its only child, as React renders it), when it differs. */
export function writeText(el: Element | null | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** A listener's write of an attribute (removed when undefined), when it differs. */
export function writeAttribute(el: Element | null | undefined, name: string, value: string | undefined): void {
  if (!el) return;
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** `f`, remembered by year: a listener's words are worked out once per year, not per step. */
export function perYear<T>(f: (year: number) => T): (year: number) => T {
  const known = new Map<number, T>();
  return (year) => {
    if (known.has(year)) return known.get(year) as T;
    const value = f(year);
    known.set(year, value);
    return value;
  };
}
