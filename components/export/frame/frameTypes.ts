/**
 * The shapes a frame layout is made of: its input and the drawing operations it returns. Apart
 * from frameLayout.ts (which arranges the blocks) and frameBlocks.ts (which builds them), so
 * neither imports the other's types.
 */
import type { FrameSpec, LegendShape } from '@/components/frame/frameSpec';
import type { ColorToken } from '@/components/frame/tokens';
import type { ExportSize } from '../fileName';
import type { FontWeight } from '../fonts/exportFont';
import type { TextMeasure } from '../fonts/textShaper';

export interface FrameFooter {
  /** "Data as of 9 June 2017". */
  asOf: string;
  /** The view's link: `text` drawn (no protocol), `href` the full URL. */
  link: { text: string; href: string };
  /** Extra lines under the source (the map's boundaries note). */
  notes: readonly string[];
}

export interface LayoutInput {
  spec: Pick<FrameSpec, 'title' | 'subtitle' | 'legend' | 'sourceLine'>;
  footer: FrameFooter;
  /** The plot's own size (its viewBox), which its aspect ratio comes from. */
  plot: { width: number; height: number };
  /**
   * The usual font size of the plot's own labels, in plot units. When a fixed size shrinks the
   * plot, the legend and footer shrink with it (to at most 1.35× the labels' drawn size, never
   * below 0.8×), so they do not dwarf the chart they explain.
   */
  plotTextSize?: number;
  /** The smallest font size among the plot's labels, in plot units (none when it has no text). */
  plotMinTextSize?: number;
  size: ExportSize;
  measure: TextMeasure;
  /** BCP 47 tag of the words (guides where Chinese lines break): the export's page language. */
  lang: string;
}

export type TextRole = 'title' | 'subtitle' | 'legend' | 'source' | 'note' | 'asOf' | 'link';

export interface TextOp {
  kind: 'text';
  role: TextRole;
  text: string;
  /** Anchor point: x of the start (or end), y of the baseline. */
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
  tone: 'text' | 'muted';
  anchor: 'start' | 'end';
  href?: string;
}

export interface SwatchOp {
  kind: 'swatch';
  shape: LegendShape;
  colorToken: ColorToken;
  /** Top-left corner. */
  x: number;
  y: number;
  size: number;
}

export interface RuleOp {
  kind: 'rule';
  x1: number;
  x2: number;
  y: number;
  width: number;
}

export type DrawOp = TextOp | SwatchOp | RuleOp;
