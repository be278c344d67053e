'use client';
/**
 * The interactive map (loaded lazily, after first paint): react-simple-maps' ComposableMap and
 * ZoomableGroup around the state shapes, capitals and event markers. Until its geometry has
 * loaded it shows the server-rendered outline it is given, in the same box.
 *
 * Performance: paths are computed once when the geometry loads; a year change only changes
 * fills, names and markers. A zoom gesture moves one transform and rewrites the markers'
 * scale(1/k) attributes directly; layouts and labels are redone when the gesture ends.
 */
import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ComposableMap, ZoomableGroup } from 'react-simple-maps';
import type { StateStatus } from '@/data/schema';
import { format, messages } from '@/lib/i18n';
import { CapitalLayer, LABEL_MIN_ZOOM } from './CapitalLayer';
import { EventLayer } from './EventLayer';
import { stateShapeName } from './mapLabels';
import { buildMarkers, capitalLabels, capitalsShown, layoutAt, markerNames, visitOrder } from './mapMarkers';
import { casualtyFigure, troopFigure, type VisibleEvent } from './mapModel';
import { MapTooltip } from './MapTooltip';
import { radiusScale } from './markerScale';
import { createProjection, MAP_HEIGHT, MAP_WIDTH } from './projection';
import { rovingHolder, rovingTarget } from './roving';
import { StateLayer } from './StateLayer';
import { StatusPatternDefs } from './StatusPatterns';
import type { MapData, MapExerciseInfo, MapIncidentInfo } from './types';
import type { MapLayer } from './urlState';
import { useMapGestures } from './useMapGestures';
import { useMapTooltip } from './useMapTooltip';
import { useRegionGeometry } from './useRegionGeometry';
import { ZoomControls } from './ZoomControls';
import styles from './MapStage.module.css';

const PATTERNS = 'map';

export type SelectSource = 'pointer' | 'keyboard';

export interface InteractiveMapProps {
  data: MapData;
  year: number;
  layers: readonly MapLayer[];
  statuses: ReadonlyMap<string, StateStatus>;
  exercises: readonly VisibleEvent<MapExerciseInfo>[];
  incidents: readonly VisibleEvent<MapIncidentInfo>[];
  focus: string | null;
  sel: string | null;
  zoom: number;
  center: readonly [number, number] | null;
  /** The server-rendered outline, shown until the geometry has loaded. */
  placeholder: ReactNode;
  onSelectState: (id: string, source: SelectSource) => void;
  onSelectEvent: (id: string, source: SelectSource) => void;
  onClearSelection: () => void;
  onViewport: (zoom: number, center: [number, number] | null) => void;
}

function InteractiveMapImpl(props: InteractiveMapProps) {
  const { data, year, layers, statuses, focus, sel, zoom, center, placeholder } = props;
  const t = messages().map;
  const tooltipId = useId();
  const stageRef = useRef<HTMLDivElement>(null);
  const projection = useMemo(() => createProjection(), []);
  const project = useCallback((p: [number, number]) => projection(p), [projection]);
  const loaded = useRegionGeometry();
  // The first full render of the map is deferred: React renders it in interruptible slices
  // while the outline stays up, so it never blocks input.
  const geographies = useDeferredValue(loaded.geographies);
  const { error } = loaded;

  const isoByNumeric = useMemo(() => new Map(data.states.map((s) => [s.numericId, s.id])), [data.states]);
  const tinyAnchors = useMemo(() => new Map(data.states.map((s) => [s.id, [s.capital.lon, s.capital.lat] as [number, number]])), [data.states]);
  const labels = useMemo(() => new Map(data.states.map((s) => [s.id, stateShapeName(s.name, statuses.get(s.id))])), [data.states, statuses]);
  const stateOrder = useMemo(() => data.states.map((s) => s.id), [data.states]);

  const troopRadius = useMemo(() => radiusScale(Math.max(0, ...data.exercises.map((e) => troopFigure(e) ?? 0))), [data.exercises]);
  const casualtyRadius = useMemo(() => radiusScale(Math.max(0, ...data.incidents.map((i) => casualtyFigure(i) ?? 0))), [data.incidents]);
  const names = useMemo(() => markerNames([...data.exercises, ...data.incidents], data.names), [data.exercises, data.incidents, data.names]);
  const markers = useMemo(
    () =>
      buildMarkers({
        exercises: layers.includes('exercises') ? props.exercises : [],
        incidents: layers.includes('incidents') ? props.incidents : [],
        troopRadius,
        casualtyRadius,
        names,
      }),
    [layers, props.exercises, props.incidents, troopRadius, casualtyRadius, names],
  );
  const markerOrder = useMemo(() => visitOrder(markers), [markers]);
  const placed = useMemo(() => layoutAt(markers, project, zoom), [markers, project, zoom]);
  const capitals = useMemo(() => (layers.includes('capitals') ? capitalsShown(data.states, statuses) : []), [layers, data.states, statuses]);
  const capitalLabelMap = useMemo(
    () => (zoom >= LABEL_MIN_ZOOM ? capitalLabels(capitals, markers, placed, project, zoom) : new Map()),
    [capitals, markers, placed, project, zoom],
  );

  const [rememberedState, setRememberedState] = useState<string | null>(null);
  const [rememberedMarker, setRememberedMarker] = useState<string | null>(null);
  const rovingState = rovingHolder(stateOrder, rememberedState);
  const rovingMarker = rovingHolder(markerOrder, rememberedMarker);
  const defaultCenter = useMemo((): readonly [number, number] => {
    const c = projection.invert?.([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
    return c ? [c[0], c[1]] : [95, 45];
  }, [projection]);
  const gestures = useMapGestures({ stageRef, zoom, center, defaultCenter, projection, onViewport: props.onViewport });
  const counterScale = `scale(${Math.round((1 / zoom) * 1e4) / 1e4})`;
  const viewKey = `${year}|${zoom}|${layers.join()}`;
  const { tooltip, highlight, show: showTooltip, hide: hideTooltip } = useMapTooltip({ stageRef, data, markers, placed, statuses, year, viewKey });

  const targetOf = (e: { target: EventTarget }): Element | null =>
    e.target instanceof Element ? e.target.closest('[data-marker], [data-id], [data-name]') : null;

  function select(el: Element, source: SelectSource) {
    const eventId = el.getAttribute('data-event');
    const id = el.getAttribute('data-id');
    if (eventId) props.onSelectEvent(eventId, source);
    else if (id) props.onSelectState(id, source);
  }

  function focusItem(selector: string) {
    const el = stageRef.current?.querySelector<SVGElement>(selector);
    el?.focus();
  }

  function onItemKeyDown(e: KeyboardEvent<SVGGElement>) {
    const el = targetOf(e);
    if (!el) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(el, 'keyboard');
      return;
    }
    const markerKey = el.getAttribute('data-marker');
    const order = markerKey ? markerOrder : stateOrder;
    const next = rovingTarget(order, markerKey ?? el.getAttribute('data-id'), e.key);
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    if (markerKey) {
      setRememberedMarker(next);
      focusItem(`[data-marker="${CSS.escape(next)}"]`);
    } else {
      setRememberedState(next);
      focusItem(`[data-id="${CSS.escape(next)}"][role="button"]`);
    }
  }

  function onStageKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape' && (sel || focus)) {
      props.onClearSelection();
      return;
    }
    gestures.onKeyDown(e);
  }

  const ready = geographies !== undefined;
  const focusGeo = focus && geographies ? geographies.find((g) => g.numericId && isoByNumeric.get(g.numericId) === focus) : undefined;
  const highlightGeo = highlight && geographies ? geographies.find((g) => g.numericId && isoByNumeric.get(g.numericId) === highlight.id) : undefined;

  return (
    <div
      ref={stageRef}
      className={styles.stage}
      tabIndex={0}
      role="group"
      aria-label={t.zoom.viewport}
      onKeyDown={onStageKeyDown}
      onWheel={gestures.onWheel}
      data-ready={ready || undefined}
    >
      {!ready && placeholder}
      {!ready && !error && (
        <p className={styles.status} role="status">
          {t.loading}
        </p>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {format(t.loadError, { year })}
        </p>
      )}
      {ready && (
        <ComposableMap
          width={MAP_WIDTH}
          height={MAP_HEIGHT}
          projection={projection}
          className={styles.svg}
          data-map-year={year}
          data-export-plot=""
          role="group"
          aria-label={format(t.svgLabel, { year })}
          aria-describedby={tooltip ? tooltipId : undefined}
        >
          <defs>
            <StatusPatternDefs prefix={PATTERNS} scale={1 / zoom} />
          </defs>
          <ZoomableGroup
            center={gestures.center}
            zoom={zoom}
            minZoom={1}
            maxZoom={8}
            translateExtent={[
              [0, 0],
              [MAP_WIDTH, MAP_HEIGHT],
            ]}
            filterZoomEvent={gestures.filterZoomEvent}
            onMove={gestures.onMove}
            onMoveEnd={gestures.onMoveEnd}
          >
            <rect width={MAP_WIDTH} height={MAP_HEIGHT} className={styles.water} />
            <g
              onClick={(e) => {
                const el = targetOf(e);
                if (el) select(el, 'pointer');
              }}
              onMouseOver={(e) => {
                const el = targetOf(e);
                if (el) showTooltip(el, e);
              }}
              onMouseMove={(e) => {
                const el = targetOf(e);
                if (el && !el.hasAttribute('data-marker')) showTooltip(el, e);
              }}
              onMouseLeave={hideTooltip}
              onFocus={(e) => {
                const el = targetOf(e);
                if (!el) return;
                // A click focuses too; only keyboard focus (:focus-visible) gets the tooltip and ring.
                if (el.matches(':focus-visible')) showTooltip(el);
                const key = el.getAttribute('data-marker');
                const id = el.getAttribute('data-id');
                if (key) setRememberedMarker(key);
                else if (id) setRememberedState(id);
              }}
              onBlur={hideTooltip}
              onKeyDown={onItemKeyDown}
            >
              <StateLayer
                geographies={geographies}
                isoByNumeric={isoByNumeric}
                statuses={statuses}
                showStatus={layers.includes('members')}
                labels={labels}
                rovingId={rovingState}
                tinyAnchors={tinyAnchors}
                patternPrefix={PATTERNS}
                scale={counterScale}
              />
              {focusGeo?.geography.svgPath && <path d={focusGeo.geography.svgPath} className={styles.selectedOutline} />}
              {highlightGeo?.geography.svgPath && (
                <path d={highlightGeo.geography.svgPath} className={highlight?.keyboard ? styles.keyboardOutline : styles.hoverOutline} data-export-ignore="" />
              )}
              <CapitalLayer capitals={capitals} labels={capitalLabelMap} scale={counterScale} />
              <EventLayer markers={markers} placed={placed} layoutZoom={zoom} selectedId={sel} rovingKey={rovingMarker} scale={counterScale} />
            </g>
          </ZoomableGroup>
        </ComposableMap>
      )}
      {ready && <ZoomControls zoom={zoom} onZoom={gestures.zoomBy} onReset={gestures.reset} />}
      {gestures.hint && (
        <p className={styles.wheelHint} aria-hidden="true">
          {t.wheelHint}
        </p>
      )}
      {tooltip && <MapTooltip id={tooltipId} content={tooltip.content} anchor={tooltip.anchor} />}
    </div>
  );
}

export const InteractiveMap = memo(InteractiveMapImpl);
export default InteractiveMap;
