'use client';
/** Zoom in, zoom out and "show the whole region", over the map's top-left corner. */
import { memo } from 'react';
import { useMapText } from './MapTextContext';
import { MAX_ZOOM, MIN_ZOOM } from './urlState';
import styles from './MapStage.module.css';

export interface ZoomControlsProps {
  zoom: number;
  onZoom: (direction: 1 | -1) => void;
  onReset: () => void;
}

export const ZoomControls = memo(function ZoomControls({ zoom, onZoom, onReset }: ZoomControlsProps) {
  const { m, t: tf } = useMapText();
  const t = { label: tf(m.zoom.label), in: tf(m.zoom.in), out: tf(m.zoom.out), reset: tf(m.zoom.reset) };
  return (
    <div role="group" aria-label={t.label} className={styles.zoomControls}>
      <button type="button" className={styles.zoomButton} onClick={() => onZoom(1)} disabled={zoom >= MAX_ZOOM - 0.001} aria-label={t.in} title={t.in}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 3v10M3 8h10" />
        </svg>
      </button>
      <button type="button" className={styles.zoomButton} onClick={() => onZoom(-1)} disabled={zoom <= MIN_ZOOM + 0.001} aria-label={t.out} title={t.out}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 8h10" />
        </svg>
      </button>
      <button type="button" className={styles.zoomButton} onClick={onReset} disabled={zoom <= MIN_ZOOM + 0.001} aria-label={t.reset} title={t.reset}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
        </svg>
      </button>
    </div>
  );
});
