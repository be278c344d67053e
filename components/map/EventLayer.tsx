'use client';
/**
 * Exercise and incident markers. Each place of an event is a react-simple-maps <Marker>;
 * markers that would overlap are spread on a ring (markerLayout.ts) with a leader line to
 * their true point. Shapes keep their size on screen at any zoom (a `scale(1/zoom)` transform
 * attribute, updated directly during a gesture: exports read geometry from attributes). Earlier years are faded, approximate places dashed, the selected event ringed.
 */
import { memo } from 'react';
import { Line, Marker } from 'react-simple-maps';
import { isAreaPoint } from '@/lib/coordPrecision';
import type { PlacedMarker } from './markerLayout';
import { symbolPath, type SymbolShape } from '@/components/frame/symbols';
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
  /** `scale(1/zoom)` for every marker. */
  scale: string;
}

const f = (n: number) => Math.round(n * 100) / 100;

interface EventMarkerProps {
  markerKey: string;
  eventId: string;
  lon: number;
  lat: number;
  shape: SymbolShape;
  color: string;
  r: number;
  current: boolean;
  approximate: boolean;
  selected: boolean;
  roving: boolean;
  name: string;
  /** Ring offset from the true point, in screen pixels. */
  dx: number;
  dy: number;
  /** `scale(1/zoom)`: keeps the marker at its screen size. */
  scale: string;
}

/** One marker; memoised on plain props, so a year step re-renders only markers that change. */
const EventMarker = memo(function EventMarker(p: EventMarkerProps) {
  const spread = p.dx !== 0 || p.dy !== 0;
  return (
    <Marker
      coordinates={[p.lon, p.lat]}
      className={styles.marker}
      data-marker={p.markerKey}
      data-event={p.eventId}
      data-current={p.current || undefined}
      data-approximate={p.approximate || undefined}
      data-selected={p.selected || undefined}
      tabIndex={p.roving ? 0 : -1}
      role="button"
      aria-label={p.name}
      aria-current={p.selected ? 'true' : undefined}
    >
      <g data-counter-scale="" transform={p.scale}>
        {spread && (
          <>
            <line x1={0} y1={0} x2={p.dx} y2={p.dy} className={styles.leader} />
            <circle r={1.8} className={styles.anchor} />
          </>
        )}
        <g transform={spread ? `translate(${p.dx} ${p.dy})` : undefined}>
          <circle r={p.r + 4} className={styles.focusRing} data-export-ignore="" />
          <path d={symbolPath(p.shape, p.r)} className={styles.symbol} style={{ color: p.color }} />
        </g>
      </g>
    </Marker>
  );
});

export const EventLayer = memo(function EventLayer({ markers, placed, layoutZoom, selectedId, rovingKey, scale }: EventLayerProps) {
  const selected = selectedId === null ? [] : markers.filter((m) => m.event.id === selectedId);
  return (
    <g className={styles.events}>
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
      {markers.map((m) => {
        const p = placed.get(m.key);
        return (
          <EventMarker
            key={m.key}
            markerKey={m.key}
            eventId={m.event.id}
            lon={m.place.lon}
            lat={m.place.lat}
            shape={m.shape}
            color={m.color}
            r={m.r}
            current={m.current}
            approximate={isAreaPoint(m.place.precision)}
            selected={m.event.id === selectedId}
            roving={m.key === rovingKey}
            name={m.name}
            dx={p ? f((p.px - p.x) * layoutZoom) : 0}
            dy={p ? f((p.py - p.y) * layoutZoom) : 0}
            scale={scale}
          />
        );
      })}
    </g>
  );
});
