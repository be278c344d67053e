import type { ReactNode } from 'react';
import { ChartFrame } from '@/components/frame/ChartFrame';
import type { FrameSpec } from '@/components/frame/frameSpec';
import { messages } from '@/lib/i18n';
import { ChartBody } from './ChartBody';
import { ChartInteraction, type Tip } from './ChartInteraction';

export interface ChartViewVariant {
  /** The plot (an SVG whose aria-describedby is `hintId(chartId, variant)`). */
  plot: ReactNode;
  table: ReactNode;
}

export interface ChartViewProps {
  id: string;
  spec: FrameSpec;
  headingLevel?: 1 | 2 | 3;
  linkParams?: readonly string[];
  tips: Record<string, Tip>;
  main: ChartViewVariant;
  /** A second view behind a switch labelled `label`. */
  alternate?: ChartViewVariant & { label: string };
  controls?: ReactNode;
}

/** Id of the keyboard hint a plot's `aria-describedby` names. */
export function hintId(chartId: string, variant: 'main' | 'alternate' = 'main'): string {
  return `${chartId}-${variant}-hint`;
}

/** A chart as every page shows it: frame, Chart | Table switch, tooltips and keyboard movement. */
export function ChartView({ id, spec, headingLevel, linkParams, tips, main, alternate, controls }: ChartViewProps) {
  const t = messages().charts.views;
  const wrap = (variant: 'main' | 'alternate', plot: ReactNode) => (
    <ChartInteraction tips={tips} hintId={hintId(id, variant)} hint={t.keyboardHint}>
      {plot}
    </ChartInteraction>
  );
  return (
    <ChartFrame id={id} spec={spec} headingLevel={headingLevel} linkParams={linkParams}>
      <ChartBody
        labels={{ views: t.label, chart: t.chart, table: t.table }}
        chart={wrap('main', main.plot)}
        table={main.table}
        alternate={alternate ? { label: alternate.label, chart: wrap('alternate', alternate.plot), table: alternate.table } : undefined}
        controls={controls}
      />
    </ChartFrame>
  );
}
