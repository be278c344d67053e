'use client';
/**
 * Capitals of the states that hold a status in the year: a dot always, a name once the map is
 * zoomed in enough for names to fit (LABEL_MIN_ZOOM), placed so labels do not collide with
 * each other or with event markers (labelLayout.ts). Decorative for assistive technology:
 * the list view and each state's details name the capital.
 */
import { memo } from 'react';
import { Marker } from 'react-simple-maps';
import type { PlacedLabel } from './labelLayout';
import { LABEL_OFFSET } from './labelLayout';
import styles from './MapStage.module.css';

/** Capital names show from this zoom on. */
export const LABEL_MIN_ZOOM = 2;
export const CAPITAL_FONT_PX = 11;

export interface CapitalSpec {
  stateId: string;
  name: string;
  lon: number;
  lat: number;
  /** Members first when labels compete. */
  priority: number;
}

export interface CapitalLayerProps {
  capitals: readonly CapitalSpec[];
  labels: ReadonlyMap<string, PlacedLabel>;
  /** `scale(1/zoom)`: keeps dots and names at their screen size. */
  scale: string;
}

function textPosition(label: PlacedLabel): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } {
  const { box, side } = label;
  switch (side) {
    case 'right':
      return { x: LABEL_OFFSET, y: 0, anchor: 'start' };
    case 'left':
      return { x: -LABEL_OFFSET, y: 0, anchor: 'end' };
    case 'above':
      return { x: 0, y: -(LABEL_OFFSET + (box.y1 - box.y0) / 2), anchor: 'middle' };
    case 'below':
      return { x: 0, y: LABEL_OFFSET + (box.y1 - box.y0) / 2, anchor: 'middle' };
  }
}

const Capital = memo(function Capital({ stateId, name, lon, lat, x, y, anchor, scale }: { stateId: string; name: string; lon: number; lat: number; x?: number; y?: number; anchor?: 'start' | 'end' | 'middle'; scale: string }) {
  return (
    <Marker coordinates={[lon, lat]} data-capital={stateId}>
      <g data-counter-scale="" transform={scale}>
        <circle r={2.6} className={styles.capitalDot} />
        {anchor && (
          <text x={x} y={y} textAnchor={anchor} dominantBaseline="central" className={styles.capitalLabel} data-export-optional="">
            {name}
          </text>
        )}
      </g>
    </Marker>
  );
});

export const CapitalLayer = memo(function CapitalLayer({ capitals, labels, scale }: CapitalLayerProps) {
  return (
    <g className={styles.capitals} aria-hidden="true">
      {capitals.map((c) => {
        const label = labels.get(c.stateId);
        const pos = label ? textPosition(label) : undefined;
        return <Capital key={c.stateId} stateId={c.stateId} name={c.name} lon={c.lon} lat={c.lat} x={pos?.x} y={pos?.y} anchor={pos?.anchor} scale={scale} />;
      })}
    </g>
  );
});
