import type { ChartSize } from './sizes';

export type Variant = 'main' | 'alternate';

/** Id of the keyboard hint a plot's `aria-describedby` names. */
export function hintId(chartId: string, variant: Variant, size: ChartSize): string {
  return `${chartId}-${variant}-${size}-hint`;
}

/** A prefix for ids inside one plot (patterns, gradients): unique per chart, view and size. */
export function plotIdPrefix(chartId: string, variant: Variant, size: ChartSize): string {
  return `${chartId}-${variant}-${size}`;
}
