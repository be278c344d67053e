'use client';
/**
 * What the pointer or keyboard focus is on: the tooltip (content and where it goes) and the
 * state to outline above its neighbours. A tooltip belongs to one view (year, zoom, layers) and
 * is dropped when the view moves on.
 */
import { useCallback, useState, type RefObject } from 'react';
import type { StateStatus } from '@/data/schema';
import type { MarkerSpec } from './mapMarkers';
import { contextTooltip, eventTooltip, stateTooltip, type TooltipContent } from './mapLabels';
import { useMapText } from './MapTextContext';
import type { PlacedMarker } from './markerLayout';
import type { TooltipAnchor } from './MapTooltip';
import type { MapData } from './types';

interface Hover {
  content: TooltipContent;
  anchor: TooltipAnchor;
  viewKey: string;
}

export interface MapTooltipOptions {
  stageRef: RefObject<HTMLDivElement | null>;
  data: MapData;
  markers: readonly MarkerSpec[];
  placed: ReadonlyMap<string, PlacedMarker>;
  statuses: ReadonlyMap<string, StateStatus>;
  year: number;
  /** Changes whenever the view does (year, zoom, layers). */
  viewKey: string;
}

export function useMapTooltip({ stageRef, data, markers, placed, statuses, year, viewKey }: MapTooltipOptions) {
  const text = useMapText();
  const [hover, setHover] = useState<Hover | null>(null);
  /** The state under the pointer or keyboard focus, outlined on top of its neighbours. */
  const [highlight, setHighlight] = useState<{ id: string; keyboard: boolean } | null>(null);

  const contentFor = useCallback(
    (el: Element): TooltipContent | null => {
      const markerKey = el.getAttribute('data-marker');
      if (markerKey) {
        const m = markers.find((x) => x.key === markerKey);
        return m ? eventTooltip(text, m.event, m.place, data.names, placed.get(m.key)?.groupSize ?? 1) : null;
      }
      const id = el.getAttribute('data-id');
      const state = id ? data.states.find((s) => s.id === id) : undefined;
      if (state) return stateTooltip(text, state.name, state.capital.name, statuses.get(state.id), year);
      const name = el.getAttribute('data-name');
      return name ? contextTooltip(text, name) : null;
    },
    [text, markers, placed, data.names, data.states, statuses, year],
  );

  /** Shows the tooltip of `el`: at the pointer for a state, above the thing for a marker or focus. */
  const show = useCallback(
    (el: Element, pointer?: { clientX: number; clientY: number }) => {
      const id = el.getAttribute('data-id');
      setHighlight(id ? { id, keyboard: pointer === undefined } : null);
      const stage = stageRef.current;
      const content = contentFor(el);
      if (!stage || !content) return setHover(null);
      const s = stage.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const atPointer = pointer && !el.hasAttribute('data-marker');
      setHover({
        viewKey,
        content,
        anchor: atPointer
          ? { x: pointer.clientX - s.left, y: pointer.clientY - s.top - 6, height: 12, stageWidth: s.width }
          : { x: r.left + r.width / 2 - s.left, y: r.top - s.top, height: r.height, stageWidth: s.width },
      });
    },
    [contentFor, viewKey, stageRef],
  );

  const hide = useCallback(() => {
    setHover(null);
    setHighlight(null);
  }, []);

  return { tooltip: hover && hover.viewKey === viewKey ? hover : null, highlight, show, hide };
}
