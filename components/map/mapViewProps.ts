/**
 * What the explorer hands the interactive map (InteractiveMap.tsx, the loader, and ReadyMap.tsx,
 * the drawn map): apart from both, so they do not import each other. Types only.
 */
import type { ReactNode } from 'react';
import type { ExerciseKind, StateStatus } from '@/data/schema';
import type { MapSummary } from './types';
import type { MapLayer } from './urlState';

/** How a state or an event was chosen: by pointer, or from the keyboard (focus then follows). */
export type SelectSource = 'pointer' | 'keyboard';

export interface InteractiveMapProps {
  summary: MapSummary;
  year: number;
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  statuses: ReadonlyMap<string, StateStatus>;
  /** Any year's statuses (the same Map for years that share them), for a step shown ahead of React (yearSignal.ts). */
  statusesOf: (year: number) => ReadonlyMap<string, StateStatus>;
  focus: string | null;
  sel: string | null;
  zoom: number;
  center: readonly [number, number] | null;
  /** The server-rendered outline, shown until the geometry and data have loaded. */
  placeholder: ReactNode;
  onSelectState: (id: string, source: SelectSource) => void;
  onSelectEvent: (id: string, source: SelectSource) => void;
  onClearSelection: () => void;
  onViewport: (zoom: number, center: [number, number] | null) => void;
  /** Called once the map has been drawn (the outline is gone). */
  onReady?: () => void;
  /** Playback is on: fills fade from year to year (a slider step shows at once). */
  fade?: boolean;
}
