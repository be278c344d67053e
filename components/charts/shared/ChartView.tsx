import type { ReactNode } from 'react';
import { ChartFrame } from '@/components/frame/ChartFrame';
import type { FrameSpec } from '@/components/frame/frameSpec';
import styles from './chart.module.css';
import { messages, type Locale } from '@/lib/i18n';
import { exportMenuWords } from '@/components/export/exportWords';
import { addToBriefingWords } from '@/components/present/words/deckWords.server';
import { ChartBody } from './ChartBody';
import { CHART_VIEW_PARAMS } from './chartViewParams';
import { ChartInteraction, type Tip } from './ChartInteraction';
import { DataTable } from './DataTable';
import { hintId, type Variant } from './plotIds';
import { ExportOnly } from './ExportOnly';
import { EXPORT_SIZE, type ChartSize } from './sizes';
import type { TableData } from './tableData';

export interface ChartViewVariant {
  /** The plot at each size drawn (SVGs whose aria-describedby is `hintId(chartId, variant, size)`). */
  plots: { size: ChartSize; node: ReactNode }[];
  /** The data as shown (`toRows()`): the table, and what the CSV export writes. */
  data: TableData;
  /** The frame of this view for exports (its legend and the sources of what it shows). */
  frame: FrameSpec;
  /** More tables after the main one (the membership chart's lanes). */
  extraTables?: TableData[];
}

export interface ChartViewProps {
  id: string;
  /** The page's language. */
  locale: Locale;
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

export { hintId, plotIdPrefix, type Variant } from './plotIds';

/** A chart as every page shows it: frame, Chart | Table switch, tooltips, keyboard movement, export. */
export function ChartView({ id, locale, spec, headingLevel, linkParams, tips, main, alternate, controls }: ChartViewProps) {
  const t = messages(locale).charts.views;
  // The view's own options (Table, the second view) travel in every link to it.
  const viewLinkParams = [...(linkParams ?? []), ...CHART_VIEW_PARAMS];
  // With both sizes drawn, a container query shows the one that fits the column. The slide layout
  // is drawn on demand for the exporter (sizes.ts, ExportOnly), except where it is the only one
  // asked for: a briefing slide's embed (/embed/<id>/slide/) shows it.
  const wrap = (variant: Variant, plots: ChartViewVariant['plots']) => {
    const shown = plots.filter((p) => p.size !== EXPORT_SIZE).length;
    return plots.map(({ size, node }) =>
      size === EXPORT_SIZE && shown > 0 ? (
        <ExportOnly key={size}>{node}</ExportOnly>
      ) : (
        <div key={size} className={shown > 1 ? (size === 'full' ? styles.onlyWide : styles.onlyNarrow) : undefined}>
          <ChartInteraction tips={tips} hintId={hintId(id, variant, size)} hint={t.keyboardHint}>
            {node}
          </ChartInteraction>
        </div>
      ),
    );
  };
  const tables = (variant: Variant, v: ChartViewVariant) => (
    <>
      <DataTable data={v.data} id={`${id}-${variant}-table`} locale={locale} />
      {(v.extraTables ?? []).map((data, i) => (
        <DataTable key={i} data={data} id={`${id}-${variant}-table-${i + 1}`} locale={locale} />
      ))}
    </>
  );
  return (
    <ChartFrame id={id} locale={locale} spec={spec} headingLevel={headingLevel} linkParams={viewLinkParams}>
      <ChartBody
        id={id}
        locale={locale}
        exportWords={exportMenuWords(locale)}
        labels={{ views: t.label, chart: t.chart, table: t.table }}
        chart={wrap('main', main.plots)}
        table={tables('main', main)}
        alternate={alternate ? { label: alternate.label, chart: wrap('alternate', alternate.plots), table: tables('alternate', alternate) } : undefined}
        exports={{ main: { frame: main.frame, data: main.data }, ...(alternate ? { alternate: { frame: alternate.frame, data: alternate.data } } : {}) }}
        linkParams={viewLinkParams}
        controls={controls}
        // The chart's language once ChartView takes the page's locale (issue #18, the charts' change).
        briefingWords={addToBriefingWords(locale)}
      />
    </ChartFrame>
  );
}
