'use client';
/**
 * Zoom and pan for the interactive map, on top of react-simple-maps' ZoomableGroup (d3-zoom):
 * drag and pinch pan and zoom; the wheel zooms with Ctrl/⌘ held or once the map has focus (so
 * the page still scrolls past it, with a hint); + and − and 0 zoom and reset; the arrow keys
 * pan when the map area itself is focused. Every move ends in onViewport (zoom, [lon, lat]).
 */
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type RefObject, type WheelEvent } from 'react';
import type { GeoProjection } from 'd3-geo';
import type { ZoomPanCallbackProps } from 'react-simple-maps';
import { counterScale, counterScaledTransform } from './counterScale';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { MIN_ZOOM } from './urlState';
import { clampCenterPoint, clampZoom, panCenterPoint, stepZoom, type Point } from './viewport';

const PAN_STEP = 0.2;
const HINT_MS = 1600;

export interface MapGestureOptions {
  stageRef: RefObject<HTMLDivElement | null>;
  zoom: number;
  center: readonly [number, number] | null;
  defaultCenter: readonly [number, number];
  projection: GeoProjection;
  onViewport: (zoom: number, center: [number, number] | null) => void;
}

export function useMapGestures({ stageRef, zoom, center, defaultCenter, projection, onViewport }: MapGestureOptions) {
  // Where the wheel hint shows: at the pointer (px from the stage's top left), where the reader looks.
  const [hint, setHint] = useState<{ x: number; y: number } | null>(null);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lonLat = center ?? defaultCenter;
  const [lon, lat] = lonLat;
  // One array per centre, so that what is memoised on it (MapContent) stays put on a year step.
  const groupCenter = useMemo((): [number, number] => [lon, lat], [lon, lat]);

  /** Emits a view, with the centre kept inside the frame; the whole region has no centre. */
  const emit = useCallback(
    (k: number, point: Point) => {
      const zoomed = clampZoom(k);
      if (zoomed <= MIN_ZOOM + 0.005) return onViewport(MIN_ZOOM, null);
      const inside = clampCenterPoint(point, zoomed, MAP_WIDTH, MAP_HEIGHT);
      const c = projection.invert?.(inside);
      onViewport(zoomed, c ? [c[0], c[1]] : null);
    },
    [onViewport, projection],
  );

  const currentPoint = useCallback((): Point => projection([lonLat[0], lonLat[1]]) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2], [projection, lonLat]);

  const zoomBy = useCallback((direction: 1 | -1) => emit(stepZoom(zoom, direction), currentPoint()), [emit, zoom, currentPoint]);
  const reset = useCallback(() => onViewport(MIN_ZOOM, null), [onViewport]);

  const isActive = useCallback(() => {
    const stage = stageRef.current;
    return stage !== null && stage.contains(document.activeElement);
  }, [stageRef]);

  const filterZoomEvent = useCallback(
    (event: Event) => {
      if (event.type === 'wheel') {
        const w = event as globalThis.WheelEvent;
        return w.ctrlKey || w.metaKey || isActive();
      }
      if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey;
      return true;
    },
    [isActive],
  );

  const onWheel = useCallback(
    (e: WheelEvent<HTMLDivElement>) => {
      if (e.ctrlKey || e.metaKey || isActive()) return;
      const box = e.currentTarget.getBoundingClientRect();
      setHint({ x: e.clientX - box.left, y: e.clientY - box.top });
      clearTimeout(hintTimer.current);
      hintTimer.current = setTimeout(() => setHint(null), HINT_MS);
    },
    [isActive],
  );

  // During a gesture, keep markers and labels at their screen size without re-rendering: set
  // their scale(1/k) directly; React sets the same value from the settled zoom when it ends.
  const onMove = useCallback(
    ({ zoom: k }: ZoomPanCallbackProps) => {
      if (k === undefined) return;
      const scale = counterScale(k);
      stageRef.current?.querySelectorAll('[data-counter-scale]').forEach((el) => el.setAttribute('transform', counterScaledTransform(el.getAttribute('data-origin'), scale)));
    },
    [stageRef],
  );

  const onMoveEnd = useCallback(
    ({ coordinates, zoom: k }: ZoomPanCallbackProps) => {
      if (k === undefined || !coordinates) return;
      const p = projection(coordinates);
      if (p) emit(k, p);
    },
    [emit, projection],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const pans: Record<string, [number, number]> = { ArrowLeft: [-PAN_STEP, 0], ArrowRight: [PAN_STEP, 0], ArrowUp: [0, -PAN_STEP], ArrowDown: [0, PAN_STEP] };
      if (e.key === '+' || e.key === '=') zoomBy(1);
      else if (e.key === '-' || e.key === '_') zoomBy(-1);
      else if (e.key === '0') reset();
      else if (e.target === e.currentTarget && e.key in pans) {
        const [dx, dy] = pans[e.key] ?? [0, 0];
        emit(zoom, panCenterPoint(currentPoint(), zoom, dx, dy, MAP_WIDTH, MAP_HEIGHT));
      } else return;
      e.preventDefault();
    },
    [zoomBy, reset, emit, zoom, currentPoint],
  );

  return {
    center: groupCenter,
    hint,
    zoomBy,
    reset,
    filterZoomEvent,
    onWheel,
    onMove,
    onMoveEnd,
    onKeyDown,
  };
}
