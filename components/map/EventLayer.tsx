'use client';
/**
 * Exercise and incident markers. Each place of an event is a react-simple-maps <Marker>;
 * markers that would overlap are spread on a ring (markerLayout.ts) with a leader line to
 * their true point. Shapes keep their size on screen at any zoom (CSS counter-scale by
 * --inv-k). Earlier years are faded, approximate places dashed, the selected event ringed.
 */
import { memo } from 'react';
import { Line, Marker } from 'react-simple-maps';
import type { PlacedMarker } from './markerLayout';
import { symbolPath, type SymbolShape } from './symbols';
import type { MapEventInfo, MapPlace } from './types';
import styles from './MapStage.module.css';

export interface MarkerSpec {
  /** `<event id>#<place index>`. */
  key: string;
  event: MapEventInfo;
  place: MapPlace;
  shape: SymbolShape;
  color: string;
  /** Radius in screen pixels at zoom 1. */
  r: number;
  current: boolean;
  /** Accessible name. */
  name: string;
}

export interface EventLayerProps {
  /** In drawing order (bottom first). */
  markers: readonly MarkerSpec[];
  placed: ReadonlyMap<string, PlacedMarker>;
  /** The zoom the layout was made at: ring offsets are converted to screen pixels with it. */
  layoutZoom: number;
  selectedId: string | null;
  rovingKey: string | null;
}

const f = (n: number) => Math.round(n * 100) / 100;

export const EventLayer = memo(function EventLayer({ markers, placed, layoutZoom, selectedId, rovingKey }: EventLayerProps) {
  const selected = selectedId === null ? [] : markers.filter((m) => m.event.id === selectedId);
  return (
    <g className={styles.events}>
      {markers.map((m) => {
        const p = placed.get(m.key);
        const dx = p ? f((p.px - p.x) * layoutZoom) : 0;
        const dy = p ? f((p.py - p.y) * layoutZoom) : 0;
        const spread = dx !== 0 || dy !== 0;
        const isSelected = m.event.id === selectedId;
        return (
          <Marker
            key={m.key}
            coordinates={[m.place.lon, m.place.lat]}
            className={styles.marker}
            data-marker={m.key}
            data-event={m.event.id}
            data-current={m.current || undefined}
            data-approximate={m.place.precision === 'approximate' || undefined}
            data-selected={isSelected || undefined}
            tabIndex={m.key === rovingKey ? 0 : -1}
            role="button"
            aria-label={m.name}
            aria-current={isSelected ? 'true' : undefined}
          >
            <g className={styles.counterScale}>
              {spread && (
                <>
                  <line x1={0} y1={0} x2={dx} y2={dy} className={styles.leader} />
                  <circle r={1.8} className={styles.anchor} />
                </>
              )}
              <g transform={spread ? `translate(${dx} ${dy})` : undefined}>
                <circle r={m.r + 4} className={styles.focusRing} />
                <path d={symbolPath(m.shape, m.r)} className={styles.symbol} style={{ color: m.color }} />
              </g>
            </g>
          </Marker>
        );
      })}
      {selected.length > 1 && (
        <g className={styles.selectedLinks} aria-hidden="true">
          {selected.slice(1).map((m, i) => {
            const prev = selected[i];
            return prev ? (
              <Line key={m.key} from={[prev.place.lon, prev.place.lat]} to={[m.place.lon, m.place.lat]} className={styles.link} />
            ) : null;
          })}
        </g>
      )}
    </g>
  );
});
