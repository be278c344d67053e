'use client';
/**
 * What the map's layers draw for the current view, handed to them through context so that a
 * year React takes re-renders only the layers (the context's consumers), never ComposableMap,
 * ZoomableGroup or the unchanging shapes around them (MapContent is memoised on props that a
 * year step does not touch). Three contexts, each changing on its own beat: the view's layers
 * (year, layers, zoom, selection), the hovered state's outline (pointer moves), and the pointer
 * and keyboard handlers (one object for good: it calls the map's latest handlers).
 */
import { createContext, useContext, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { StateStatus } from '@/data/schema';
import type { CapitalSpec } from './CapitalLayer';
import type { PlacedLabel } from './labelLayout';
import type { MarkerInstance } from './mapMarkers';

export interface MapLayerState {
  /** The year React rendered (a slider step may show a later one first: yearSignal.ts). */
  year: number;
  statuses: ReadonlyMap<string, StateStatus>;
  statusesOf: (year: number) => ReadonlyMap<string, StateStatus>;
  /** False when the members layer is off: every state is drawn neutral. */
  showStatus: boolean;
  /** ISO alpha-3 → accessible name of the state's shape. */
  labels: ReadonlyMap<string, string>;
  /** The state that holds the states' roving tab stop (the markers' is set by useMarkerTabStop). */
  rovingState: string | null;
  /** Where tiny states' symbols go ([lon, lat] of their capital). */
  tinyAnchors: ReadonlyMap<string, [number, number]>;
  /** Every year's markers (mapMarkers.ts assembleMarkerYears): the map's year picks those that show. */
  markers: readonly MarkerInstance[];
  /** Whether `markers` holds every year's, or the shown year's alone so far (useYearMarkers.ts). */
  allYears: boolean;
  selectedEvent: string | null;
  capitals: readonly CapitalSpec[];
  capitalLabels: ReadonlyMap<string, PlacedLabel>;
  /** `scale(1/zoom)`: keeps markers, symbols and labels at their screen size. */
  scale: string;
  /** Path data of the focused (selected) state, outlined on top. */
  focusPath: string | null;
}

export interface MapHighlight {
  /** Path data of the state under the pointer or keyboard focus. */
  path: string;
  keyboard: boolean;
}

/** The handlers of the group that holds every state and marker (events are delegated). */
export interface MapItemHandlers {
  onClick: (e: MouseEvent<SVGGElement>) => void;
  onMouseOver: (e: MouseEvent<SVGGElement>) => void;
  onMouseMove: (e: MouseEvent<SVGGElement>) => void;
  onMouseLeave: () => void;
  onFocus: (e: FocusEvent<SVGGElement>) => void;
  onBlur: () => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
}

export const MapLayerContext = createContext<MapLayerState | null>(null);
export const MapHighlightContext = createContext<MapHighlight | null>(null);
export const MapHandlersContext = createContext<MapItemHandlers | null>(null);

export function useMapLayers(): MapLayerState {
  const value = useContext(MapLayerContext);
  if (!value) throw new Error('useMapLayers must be used inside MapLayerContext');
  return value;
}
