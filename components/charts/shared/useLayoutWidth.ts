'use client';
/**
 * The width a plot lays itself out at: its preset until it is on the page, then its column's
 * width (clamped to MIN_LAYOUT_WIDTH…MAX_LAYOUT_WIDTH), followed as the column changes. A hidden
 * plot (width 0: the other size, the Table view) keeps its width. Changes under `STEP` px keep the
 * current layout (no re-layout for a scrollbar), so the server's preset stays where it fits.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { MAX_LAYOUT_WIDTH, MIN_LAYOUT_WIDTH } from './sizes';

const STEP = 12;

/** The layout width for a column `measured` px wide, given the width drawn now. */
export function layoutWidthFor(measured: number, current: number): number {
  if (!(measured > 0)) return current;
  const target = Math.round(Math.min(MAX_LAYOUT_WIDTH, Math.max(MIN_LAYOUT_WIDTH, measured)));
  return Math.abs(target - current) < STEP ? current : target;
}

export function useLayoutWidth<E extends Element>(preset: number, responsive: boolean): { ref: RefObject<E | null>; width: number } {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(preset);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!responsive || !el) return;
    const measure = () => setWidth((current) => layoutWidthFor(el.getBoundingClientRect().width, current));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [responsive]);
  return { ref, width };
}
