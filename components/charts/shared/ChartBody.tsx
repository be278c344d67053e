'use client';
import { useId, useState, type ReactNode } from 'react';
import { setSearchParams } from '@/lib/searchParams';
import { useUrlParams } from '@/components/ui/useUrlParams';
import { ExportMenu } from '@/components/export/ExportMenu';
import type { ExportMenuWords } from '@/components/export/exportWords';
import type { SiteLocale } from '@/lib/messages/locales';
import { AddToBriefing } from '@/components/present/AddToBriefing';
import type { AddToBriefingWords } from '@/components/present/words/deckWords';
import { isChartId } from '../chartIds';
import type { FrameSpec } from '@/components/frame/frameSpec';
import styles from './chart.module.css';
import type { TableData } from './tableData';
import { chartViewFromParams, chartViewParams, type ChartViewState } from './chartViewParams';

/** What one view exports: its frame (legend and sources of what it shows) and its rows. */
export interface ViewExport {
  frame: FrameSpec;
  data: TableData;
}

export interface ChartBodyProps {
  /** Chart id: names the exported files and the views' ids (`chart-<id>-main`). */
  id: string;
  /** The plot (server-rendered SVG) and its table: the same rows. */
  chart: ReactNode;
  table: ReactNode;
  /** A second view behind a switch (e.g. "Add other sourced years"), with its own plot and table. */
  alternate?: { label: string; chart: ReactNode; table: ReactNode };
  /** What the Export menu writes for each view; the menu follows the switch. */
  exports: { main: ViewExport; alternate?: ViewExport };
  /** URL parameters the view depends on (the exported link carries them). */
  linkParams?: readonly string[];
  /** Extra controls shown in the toolbar (e.g. a link to the map). */
  controls?: ReactNode;
  labels: { views: string; chart: string; table: string };
  /** The page's language, and the Export menu's words in it (from the server). */
  locale: SiteLocale;
  exportWords: ExportMenuWords;
  /** "Add to briefing"'s words, in the page's language (`addToBriefingWords(locale)`). */
  briefingWords: AddToBriefingWords;
}

/** The chart body for a given view state; `onChange` is absent until the URL can be read. */
function ChartBodyView({ id, chart, table, alternate, exports, linkParams, controls, labels, locale, exportWords, briefingWords, state, onChange }: ChartBodyProps & { state: ChartViewState; onChange?: (next: ChartViewState) => void }) {
  const { view, alt } = state;
  const setView = (next: ChartViewState['view']) => onChange?.({ ...state, view: next });
  const setAlt = (next: boolean) => onChange?.({ ...state, alt: next });
  const switchId = useId();
  const showAlt = alt && alternate !== undefined;
  const current = showAlt && exports.alternate ? exports.alternate : exports.main;
  return (
    <div className={styles.chartBody} data-export-scope="">
      <div className={styles.toolbar}>
        <div role="group" aria-label={labels.views} className={styles.segmented}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {labels.chart}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {labels.table}
          </button>
        </div>
        {alternate && (
          <label className={styles.switch} htmlFor={switchId}>
            <input id={switchId} type="checkbox" checked={alt} onChange={(e) => setAlt(e.currentTarget.checked)} />
            <span>{alternate.label}</span>
          </label>
        )}
        {controls}
        <div className={styles.toolbarEnd}>
          {isChartId(id) && <AddToBriefing view={{ kind: 'chart', chart: id, params: linkParams }} words={briefingWords} />}
          <ExportMenu
            kind="chart"
            target={showAlt ? 'alternate' : 'main'}
            content={{ frame: current.frame, rows: current.data.rows }}
            columns={current.data.columns}
            fileBase={id}
            linkParams={linkParams}
            locale={locale}
            words={exportWords}
          />
        </div>
      </div>
      <div id={`chart-${id}-main`} data-export-target="main" hidden={view !== 'chart' || showAlt}>
        {chart}
      </div>
      {/* Without JavaScript the switch cannot work, so the table shows below the chart (CSS). */}
      <div hidden={view !== 'table' || showAlt} className={styles.tableView}>
        {table}
      </div>
      {alternate && (
        <>
          <div id={`chart-${id}-alternate`} data-export-target="alternate" hidden={view !== 'chart' || !showAlt}>
            {alternate.chart}
          </div>
          <div hidden={view !== 'table' || !showAlt}>{alternate.table}</div>
        </>
      )}
    </div>
  );
}

/**
 * The Chart | Table switch (and an optional second view) around a chart, and its Export menu.
 * Every view is server-rendered; this only toggles which one is visible, so nothing shifts when
 * it hydrates. The choice lives in the URL (`table=1`, `extra=1`): a shared link or "Link to this
 * view" shows what the sender saw, and Back undoes a switch. The body hydrates as built (the chart
 * view) and takes the URL's view from `useUrlParams` right after, before the browser paints.
 */
export function ChartBody(props: ChartBodyProps) {
  const [params, urlReader] = useUrlParams();
  const fromUrl = params ? chartViewFromParams(params, props.alternate !== undefined) : DEFAULT_VIEW;
  const urlKey = `${fromUrl.view}|${fromUrl.alt}`;
  // The reader's choice shows at once; the URL catches up a moment later. A URL changed by
  // someone else (Back, Forward) is adopted.
  const [local, setLocal] = useState({ seen: urlKey, state: fromUrl });
  let state = local.state;
  if (local.seen !== urlKey) {
    state = fromUrl;
    setLocal({ seen: urlKey, state });
  }
  const onChange = (next: ChartViewState) => {
    setLocal({ seen: urlKey, state: next });
    setSearchParams(chartViewParams(next), { push: true });
  };
  return (
    <>
      <ChartBodyView {...props} state={state} {...(params ? { onChange } : {})} />
      {urlReader}
    </>
  );
}

const DEFAULT_VIEW: ChartViewState = { view: 'chart', alt: false };
