/**
 * The RATS figures' layout as the plot draws it (ratsLayout.ts makes it; ratsWide.ts puts two
 * panels side by side): types only, apart from both, so they do not import each other.
 */
import type { RatsMetric } from '@/data/schema';
import type { ColorToken } from '@/components/frame/tokens';

export interface PointLayout {
  id: string;
  name: string;
  y: number;
  height: number;
  /** Label column: what it counts (up to two lines) and when, by whom. */
  countsLines: string[];
  /** Baseline of the first line of what it counts. */
  countsY: number;
  whenLine: string;
  whenY: number;
  cx: number;
  cy: number;
  extendTo: number;
  /** The value label and where it sits (right of the dot, or left when there is no room). */
  label: { text: string; x: number; anchor: 'start' | 'end' };
  /** A contested figure's sub-row: the "⚑ contested" flag (in the label column) at this y. */
  flagY?: number;
  /** The contesting figures, drawn on the sub-rows: a ring at each value and a line of text. */
  beside: { x: number; cy: number; text: string; textX: number; anchor: 'start' | 'end' }[];
}

export interface GroupLayout {
  metric: RatsMetric;
  label: string;
  token: ColorToken;
  y: number;
  /** Its panel's left edge and width (the whole plot but in the wide layout), and its axis's ends. */
  x: number;
  width: number;
  plotLeft: number;
  plotRight: number;
  points: PointLayout[];
}

export interface RatsTick {
  value: number;
  x: number;
  label: string;
}

/** A log axis with its groups under it: one, or two side by side in the wide layout. */
export interface RatsPanel {
  x: number;
  width: number;
  plotLeft: number;
  plotRight: number;
  /** Tick labels above the rows (their baseline at 12), grid lines down to `bottom`. */
  ticks: RatsTick[];
  bottom: number;
}

export interface RatsLayout {
  width: number;
  height: number;
  /** The (first) panel's axis; `panels` has every one. */
  plotLeft: number;
  plotRight: number;
  font: number;
  ticks: RatsTick[];
  panels: RatsPanel[];
  groups: GroupLayout[];
}

export interface RatsDims {
  width: number;
  stacked: boolean;
  labelWidth: number;
  right: number;
  rowPad: number;
  countsLines: number;
  /** Where the first group starts: under the tick labels, or (wide) level with them. */
  axisTop: number;
  /** The log axis's extent (every panel of the wide layout has the same). */
  domain?: [number, number];
}
