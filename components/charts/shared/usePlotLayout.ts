'use client';
/**
 * A plot laid out at its column's width. Before it is on the page (the server HTML, hydration) the
 * plot is laid out at its preset; then at its column's width (clamped to
 * MIN_LAYOUT_WIDTH…MAX_LAYOUT_WIDTH), followed as the column changes. A hidden plot (width 0: the
 * other size, the Table view) keeps its layout. Changes under `STEP` px keep the current layout (no
 * re-layout for a scrollbar).
 *
 * So that nothing below moves when a phone lays the plot out again, the compact preset reserves
 * the height the plot will have on a phone: the heights of its layouts at two phone widths give a
 * line, `calc(a + b × 100cqw)` of the chart body's width, which chart.module.css applies below
 * 440 px of column until the plot has been laid out at its real width.
 */
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { MAX_LAYOUT_WIDTH, MIN_LAYOUT_WIDTH, SIZE_BOX, type ChartBox } from './sizes';

const STEP = 12;
/** The phone widths whose heights give the reserved height's line. */
const PHONE_WIDTHS = [300, 420] as const;

/** The layout width for a column `measured` px wide, given the width drawn now. */
export function layoutWidthFor(measured: number, current: number): number {
  if (!(measured > 0)) return current;
  const target = Math.round(Math.min(MAX_LAYOUT_WIDTH, Math.max(MIN_LAYOUT_WIDTH, measured)));
  return Math.abs(target - current) < STEP ? current : target;
}

/** The height a layout will have at the column's width, as CSS (a line through two phone widths). */
export function phoneHeight(heightAt: (width: number) => number): string {
  const [w0, w1] = PHONE_WIDTHS;
  const h0 = heightAt(w0);
  const slope = (heightAt(w1) - h0) / (w1 - w0);
  const at0 = h0 - slope * w0;
  return `calc(${at0.toFixed(1)}px + ${slope.toFixed(4)} * 100cqw)`;
}

export interface PlotLayout<L> {
  ref: RefObject<SVGSVGElement | null>;
  layout: L;
  /** The height to keep on a phone until the plot is laid out there (`PlotSvg`'s `phoneHeight`). */
  reserve?: string;
}

/** `layoutFor(box)` at the preset, then at the column's width. */
export function usePlotLayout<L extends { height: number }>(layoutFor: (box: ChartBox) => L, preset: ChartBox, responsive: boolean): PlotLayout<L> {
  const ref = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(preset.width);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!responsive || !el) return;
    // In a transition: the layout at the column's width renders in time slices of its own, after
    // the page has hydrated, instead of synchronously inside hydration's commit (one long task on
    // a phone). Until then the plot keeps the layout it was painted with, in the space reserved.
    const measure = () => {
      const measured = el.getBoundingClientRect().width;
      startTransition(() => setWidth((current) => layoutWidthFor(measured, current)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [responsive]);
  const atPreset = width === preset.width;
  const layout = layoutFor(atPreset ? preset : { width });
  const reserve = responsive && atPreset && preset.width === SIZE_BOX.compact.width && preset.height === undefined ? phoneHeight((w) => layoutFor({ width: w }).height) : undefined;
  return { ref, layout, ...(reserve !== undefined ? { reserve } : {}) };
}
