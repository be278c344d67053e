'use client';
/**
 * The one tab stop among the year's markers. Every year's markers are in the DOM at once
 * (EventLayer), so which of them holds the stop changes with the year without a render: after
 * each commit this gives `tabindex="0"` to the holder's instance shown in the year and takes it
 * from the one that had it (EventLayer renders every marker with -1 and never changes it).
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { MarkerInstance } from './mapMarkers';
import { shownInSelector } from './yearClasses';

export function useMarkerTabStop(stageRef: RefObject<HTMLElement | null>, year: number, holder: string | null, instances: readonly MarkerInstance[]): void {
  const current = useRef<Element | null>(null);
  useLayoutEffect(() => {
    const el = holder === null ? null : (stageRef.current?.querySelector(`[data-marker="${CSS.escape(holder)}"]${shownInSelector(year)}`) ?? null);
    if (el === current.current && el?.getAttribute('tabindex') === '0') return;
    current.current?.setAttribute('tabindex', '-1');
    el?.setAttribute('tabindex', '0');
    current.current = el;
  }, [stageRef, year, holder, instances]);
}
