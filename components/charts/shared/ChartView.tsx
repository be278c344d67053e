import type { ReactNode } from 'react';
import { ChartFrame } from '@/components/frame/ChartFrame';
import type { FrameSpec } from '@/components/frame/frameSpec';
import { messages } from '@/lib/i18n';
import { ChartBody } from './ChartBody';
import { ChartInteraction, type Tip } from './ChartInteraction';
import { DataTable } from './DataTable';
import type { TableData } from './tableData';

export interface ChartViewVariant {
  /** The plot (an SVG whose aria-describedby is `hintId(chartId, variant)`). */
  plot: ReactNode;
  /** The data as shown (`toRows()`): the table, and what the CSV export writes. */
  data: TableData;
  /** The frame of this view for exports (its legend and the sources of what it shows). */
  frame: FrameSpec;
  /** More tables after the main one (the membership chart's lanes). */
  extraTables?: TableData[];
}

export interface ChartViewProps {
  id: string;
  /** The frame shown on screen: it covers every view the chart can switch to. */
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

/** A chart as every page shows it: frame, Chart | Table switch, tooltips, keyboard movement, export. */
export function ChartView({ id, spec, headingLevel, linkParams, tips, main, alternate, controls }: ChartViewProps) {
  const t = messages().charts.views;
  const wrap = (variant: 'main' | 'alternate', plot: ReactNode) => (
    <ChartInteraction tips={tips} hintId={hintId(id, variant)} hint={t.keyboardHint}>
      {plot}
    </ChartInteraction>
  );
  const tables = (variant: 'main' | 'alternate', v: ChartViewVariant) => (
    <>
      <DataTable data={v.data} id={`${id}-${variant}-table`} />
      {(v.extraTables ?? []).map((data, i) => (
        <DataTable key={i} data={data} id={`${id}-${variant}-table-${i + 1}`} />
      ))}
    </>
  );
  return (
    <ChartFrame id={id} spec={spec} headingLevel={headingLevel} linkParams={linkParams}>
      <ChartBody
        id={id}
        labels={{ views: t.label, chart: t.chart, table: t.table }}
        chart={wrap('main', main.plot)}
        table={tables('main', main)}
        alternate={alternate ? { label: alternate.label, chart: wrap('alternate', alternate.plot), table: tables('alternate', alternate) } : undefined}
        exports={{ main: { frame: main.frame, data: main.data }, ...(alternate ? { alternate: { frame: alternate.frame, data: alternate.data } } : {}) }}
        linkParams={linkParams}
        controls={controls}
      />
    </ChartFrame>
  );
}
