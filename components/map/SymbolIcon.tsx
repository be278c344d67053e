/**
 * Small pictures of the map's markers for legends and buttons: the same shape, colour and
 * outline as on the map. Decorative (hidden from assistive technology): their label says it.
 */
import { memo } from 'react';
import type { ExerciseKind } from '@/data/schema';
import { INCIDENT_TOKEN, KIND_TOKEN, tokenColor } from '@/components/frame/tokens';
import { INCIDENT_SYMBOL, KIND_SYMBOL, symbolPath, type SymbolShape } from '@/components/frame/symbols';

export const INCIDENT_COLOR = tokenColor(INCIDENT_TOKEN);
export const MARKER_HALO = 'var(--marker-halo, #ffffff)';

export function kindColor(kind: ExerciseKind): string {
  return tokenColor(KIND_TOKEN[kind]);
}

export interface SymbolIconProps {
  shape: SymbolShape;
  color: string;
  /** Radius of the shape (area πr²). */
  r?: number;
  /** Dashed outline, as for approximate places. */
  dashed?: boolean;
  /** Hollow in its colour, as for earlier years. */
  faded?: boolean;
}

export const SymbolIcon = memo(function SymbolIcon({ shape, color, r = 5.5, dashed = false, faded = false }: SymbolIconProps) {
  const size = Math.ceil(r * 2.6 + 4);
  const c = size / 2;
  return (
    <svg width={size} height={size} viewBox={`${-c} ${-c} ${size} ${size}`} aria-hidden="true" focusable="false">
      <path
        d={symbolPath(shape, r)}
        strokeWidth={faded || dashed ? 1.5 : 1}
        strokeDasharray={dashed ? '2.5 1.5' : undefined}
        style={
          faded || dashed
            ? { fill: MARKER_HALO, fillOpacity: 0.72, stroke: dashed ? 'var(--color-text, #1a1f26)' : color }
            : { fill: color, stroke: MARKER_HALO }
        }
      />
    </svg>
  );
});

export const KindSymbolIcon = memo(function KindSymbolIcon({ kind, r }: { kind: ExerciseKind; r?: number }) {
  return <SymbolIcon shape={KIND_SYMBOL[kind]} color={kindColor(kind)} r={r} />;
});

export const IncidentSymbolIcon = memo(function IncidentSymbolIcon({ r }: { r?: number }) {
  return <SymbolIcon shape={INCIDENT_SYMBOL} color={INCIDENT_COLOR} r={r} />;
});
