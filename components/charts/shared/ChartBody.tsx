'use client';
import { useId, useState, type ReactNode } from 'react';
import styles from './chart.module.css';

export interface ChartBodyProps {
  /** The plot (server-rendered SVG) and its table: the same rows. */
  chart: ReactNode;
  table: ReactNode;
  /** A second view behind a switch (e.g. "Add other sourced years"), with its own plot and table. */
  alternate?: { label: string; chart: ReactNode; table: ReactNode };
  /** Extra controls shown in the toolbar (e.g. a link to the map). */
  controls?: ReactNode;
  labels: { views: string; chart: string; table: string };
}

/**
 * The Chart | Table switch (and an optional second view) around a chart. Every view is
 * server-rendered; this only toggles which one is visible, so nothing shifts when it hydrates.
 */
export function ChartBody({ chart, table, alternate, controls, labels }: ChartBodyProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [alt, setAlt] = useState(false);
  const switchId = useId();
  const showAlt = alt && alternate !== undefined;
  return (
    <div className={styles.chartBody}>
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
      </div>
      <div hidden={view !== 'chart' || showAlt}>{chart}</div>
      <div hidden={view !== 'table' || showAlt}>{table}</div>
      {alternate && (
        <>
          <div hidden={view !== 'chart' || !showAlt}>{alternate.chart}</div>
          <div hidden={view !== 'table' || !showAlt}>{alternate.table}</div>
        </>
      )}
    </div>
  );
}
