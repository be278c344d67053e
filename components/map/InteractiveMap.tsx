'use client';
/**
 * The interactive map (loaded lazily, after first paint): react-simple-maps' ComposableMap and
 * ZoomableGroup around the state shapes, capitals and event markers. Until its geometry and the
 * map's data have loaded it shows the server-rendered outline it is given, in the same box.
 *
 * Performance: paths are computed once when the geometry loads. A year step re-renders this
 * component (the svg's year class and attributes), never ZoomableGroup or the rest of the world
 * (MapContent.tsx) and no marker: every year's markers are drawn once and the svg's year class
 * shows that year's (EventLayer, yearClasses.ts). Only in a year whose statuses change do the
 * layers that read MapLayerContext render, and in them only the shapes whose props changed. A zoom
 * gesture moves one transform and rewrites the markers' scale(1/k) attributes directly; layouts
 * and labels are redone when the gesture ends.
 */
import { createContext, memo, useCallback, useContext, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { ComposableMap } from 'react-simple-maps';
import type { ExerciseKind, StateStatus } from '@/data/schema';
import { LABEL_MIN_ZOOM } from './CapitalLayer';
import type { PlacedLabel } from './labelLayout';
import { MapContent } from './MapContent';
import { MapHandlersContext, MapHighlightContext, MapLayerContext, type MapHighlight, type MapItemHandlers, type MapLayerState } from './MapLayerContext';
import { stateShapeName } from './mapLabels';
import { useMapText } from './MapTextContext';
import { buildMarkers, capitalLabels, capitalsShown, layoutAt, markerNames, markerYears, visibleBox, type MarkerYears, type YearMarkers } from './mapMarkers';
import { casualtyFigure } from '@/lib/casualtyStatements';
import { eventsUpTo, exercisesShown, troopFigure } from './mapModel';
import { MapTooltip } from './MapTooltip';
import { radiusScale } from './markerScale';
import { createProjection, MAP_HEIGHT, MAP_WIDTH } from './projection';
import { rovingHolder, rovingTarget } from './roving';
import { StatusPatternDefs } from './StatusPatterns';
import type { MapData, MapSummary } from './types';
import type { MapLayer } from './urlState';
import { useMapData } from './useMapData';
import { useMarkerTabStop } from './useMarkerTabStop';
import { mapYearClass, shownInSelector } from './yearClasses';
import { useLatest } from './useLatest';
import { useMapGestures } from './useMapGestures';
import { useMapTooltip } from './useMapTooltip';
import { useRegionGeometry, type MapGeography } from './useRegionGeometry';
import { ZoomControls } from './ZoomControls';
import styles from './MapStage.module.css';
import './yearRules.css';

const PATTERNS = 'map';

export type SelectSource = 'pointer' | 'keyboard';

export interface InteractiveMapProps {
  summary: MapSummary;
  year: number;
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  statuses: ReadonlyMap<string, StateStatus>;
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

type ReadyMapProps = InteractiveMapProps & { data: MapData; geographies: readonly MapGeography[] };

const NO_NAMES: ReadonlyMap<string, string> = new Map();
const NO_LABELS: ReadonlyMap<string, PlacedLabel> = new Map<string, PlacedLabel>();
const NO_MARKERS: MarkerYears = { instances: [], byYear: new Map() };
const NO_YEAR: YearMarkers = { markers: [], placed: new Map(), order: [] };

const itemOf = (e: { target: EventTarget }): Element | null => (e.target instanceof Element ? e.target.closest('[data-marker], [data-id], [data-name]') : null);

function ReadyMap(props: ReadyMapProps) {
  const { summary, data, geographies, year, layers, kinds, statuses, focus, sel, zoom, center } = props;
  const text = useMapText();
  const { m, t } = text;
  const tooltipId = useId();
  const stageRef = useRef<HTMLDivElement>(null);
  const { onReady } = props;
  useEffect(() => onReady?.(), [onReady]);
  const projection = useMemo(() => createProjection(), []);
  const project = useCallback((p: [number, number]) => projection(p), [projection]);

  // Made once: the states, their shapes and the markers' names and scales do not change by year.
  const isoByNumeric = useMemo(() => new Map(summary.states.map((s) => [s.numericId, s.id])), [summary.states]);
  const stateOrder = useMemo(() => summary.states.map((s) => s.id), [summary.states]);
  const tinyAnchors = useMemo(() => new Map(data.states.map((s) => [s.id, [s.capital.lon, s.capital.lat] as [number, number]])), [data.states]);
  const pathOf = useMemo(() => {
    const out = new Map<string, string>();
    for (const g of geographies) {
      const iso = g.numericId ? isoByNumeric.get(g.numericId) : undefined;
      if (iso && g.geography.svgPath) out.set(iso, g.geography.svgPath);
    }
    return out;
  }, [geographies, isoByNumeric]);
  // The first render draws the states; the markers follow in a second, deferred render, so
  // that neither is one long task on a slow phone.
  const eventData = useDeferredValue<MapData | null>(data, null);
  const troopRadius = useMemo(() => radiusScale(Math.max(0, ...data.exercises.map((e) => troopFigure(e) ?? 0))), [data.exercises]);
  const casualtyRadius = useMemo(() => radiusScale(Math.max(0, ...data.incidents.map((i) => casualtyFigure(i) ?? 0))), [data.incidents]);
  const names = useMemo(() => (eventData ? markerNames(text, [...eventData.exercises, ...eventData.incidents], eventData.names) : NO_NAMES), [text, eventData]);

  // Every year's markers at once, laid out at the settled zoom: a year step only changes which
  // of them show (EventLayer, yearRules.css), so it renders no marker. Redone when the layers, kinds
  // or zoom change.
  const { minYear, maxYear } = summary;
  const markerSet = useMemo(() => {
    if (!eventData) return NO_MARKERS;
    const years = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i);
    const markersOf = (y: number) =>
      buildMarkers({
        exercises: layers.includes('exercises') ? exercisesShown(eventData.exercises, y, kinds) : [],
        incidents: layers.includes('incidents') ? eventsUpTo(eventData.incidents, y) : [],
        troopRadius,
        casualtyRadius,
        names,
      });
    return markerYears(years, markersOf, (ms) => layoutAt(ms, project, zoom), zoom);
  }, [eventData, minYear, maxYear, layers, kinds, troopRadius, casualtyRadius, names, project, zoom]);
  // By year: what the tooltip, the arrow keys and the capitals' labels read.
  const yearMarkers = useMemo(() => markerSet.byYear.get(year) ?? NO_YEAR, [markerSet, year]);
  const { markers, placed, order: markerOrder } = yearMarkers;
  const labels = useMemo(() => new Map(summary.states.map((s) => [s.id, stateShapeName(text, s.name, statuses.get(s.id))])), [text, summary.states, statuses]);
  const capitals = useMemo(() => (layers.includes('capitals') ? capitalsShown(data.states, statuses) : []), [layers, data.states, statuses]);
  const labelsShown = zoom >= LABEL_MIN_ZOOM;
  const defaultCenter = useMemo((): readonly [number, number] => {
    const c = projection.invert?.([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
    return c ? [c[0], c[1]] : [95, 45];
  }, [projection]);
  const capitalLabelMap = useMemo(
    () => (labelsShown ? capitalLabels(capitals, yearMarkers.markers, yearMarkers.placed, project, zoom, visibleBox(center ?? defaultCenter, project, zoom, MAP_WIDTH, MAP_HEIGHT)) : NO_LABELS),
    [labelsShown, capitals, yearMarkers, project, zoom, center, defaultCenter],
  );

  const [rememberedState, setRememberedState] = useState<string | null>(null);
  const [rememberedMarker, setRememberedMarker] = useState<string | null>(null);
  const rovingState = rovingHolder(stateOrder, rememberedState);
  useMarkerTabStop(stageRef, year, rovingHolder(markerOrder, rememberedMarker), markerSet.instances);
  const gestures = useMapGestures({ stageRef, zoom, center, defaultCenter, projection, onViewport: props.onViewport });
  const counterScale = `scale(${Math.round((1 / zoom) * 1e4) / 1e4})`;
  const viewKey = `${year}|${zoom}|${layers.join()}`;
  const { tooltip, highlight, show: showTooltip, hide: hideTooltip } = useMapTooltip({ stageRef, data, markers, placed, statuses, year, viewKey });

  const showStatus = layers.includes('members');
  const focusPath = (focus && pathOf.get(focus)) || null;
  const layerState = useMemo<MapLayerState>(
    () => ({
      statuses,
      showStatus,
      labels,
      rovingState,
      tinyAnchors,
      markers: markerSet.instances,
      selectedEvent: sel,
      capitals,
      capitalLabels: capitalLabelMap,
      scale: counterScale,
      focusPath,
    }),
    [statuses, showStatus, labels, rovingState, tinyAnchors, markerSet.instances, sel, capitals, capitalLabelMap, counterScale, focusPath],
  );
  const highlightPath = highlight ? pathOf.get(highlight.id) : undefined;
  const highlightKeyboard = highlight?.keyboard ?? false;
  const highlightValue = useMemo<MapHighlight | null>(() => (highlightPath ? { path: highlightPath, keyboard: highlightKeyboard } : null), [highlightPath, highlightKeyboard]);

  function select(el: Element, source: SelectSource) {
    const eventId = el.getAttribute('data-event');
    const id = el.getAttribute('data-id');
    if (eventId) props.onSelectEvent(eventId, source);
    else if (id) props.onSelectState(id, source);
  }

  function focusItem(selector: string) {
    stageRef.current?.querySelector<SVGElement>(selector)?.focus();
  }

  function onItemKeyDown(e: KeyboardEvent<SVGGElement>) {
    const el = itemOf(e);
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
      focusItem(`[data-marker="${CSS.escape(next)}"]${shownInSelector(year)}`);
    } else {
      setRememberedState(next);
      focusItem(`[data-id="${CSS.escape(next)}"][role="button"]`);
    }
  }

  // Made each render but handed on through a ref: the group that holds them (InteractionGroup)
  // gets one stable object (stableHandlers), so a year step does not re-render it.
  const current: MapItemHandlers = {
    onClick: (e) => {
      const el = itemOf(e);
      if (el) select(el, 'pointer');
    },
    onMouseOver: (e) => {
      const el = itemOf(e);
      if (el) showTooltip(el, e);
    },
    onMouseMove: (e) => {
      const el = itemOf(e);
      if (el && !el.hasAttribute('data-marker')) showTooltip(el, e);
    },
    onMouseLeave: hideTooltip,
    onFocus: (e) => {
      const el = itemOf(e);
      if (!el) return;
      // A click focuses too; only keyboard focus (:focus-visible) gets the tooltip and ring.
      if (el.matches(':focus-visible')) showTooltip(el);
      const key = el.getAttribute('data-marker');
      const id = el.getAttribute('data-id');
      if (key) setRememberedMarker(key);
      else if (id) setRememberedState(id);
    },
    onBlur: hideTooltip,
    onKeyDown: onItemKeyDown,
  };
  const handlersRef = useLatest(current);
  const [handlers] = useState<MapItemHandlers>(() => ({
    onClick: (e) => handlersRef.current.onClick(e),
    onMouseOver: (e) => handlersRef.current.onMouseOver(e),
    onMouseMove: (e) => handlersRef.current.onMouseMove(e),
    onMouseLeave: () => handlersRef.current.onMouseLeave(),
    onFocus: (e) => handlersRef.current.onFocus(e),
    onBlur: () => handlersRef.current.onBlur(),
    onKeyDown: (e) => handlersRef.current.onKeyDown(e),
  }));

  function onStageKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape' && (sel || focus)) {
      props.onClearSelection();
      return;
    }
    gestures.onKeyDown(e);
  }

  return (
    <div
      ref={stageRef}
      className={styles.stage}
      tabIndex={0}
      role="region"
      aria-label={t(m.zoom.viewport)}
      onKeyDown={onStageKeyDown}
      onWheel={gestures.onWheel}
      data-ready=""
      data-fade={props.fade || undefined}
    >
      <ComposableMap
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        projection={projection}
        className={`${styles.svg} ${mapYearClass(year)}`}
        data-map-year={year}
        data-export-plot=""
        role="group"
        aria-label={t(m.svgLabel, { year })}
        aria-describedby={tooltip ? tooltipId : undefined}
      >
        <defs>
          <StatusPatternDefs prefix={PATTERNS} scale={1 / zoom} />
        </defs>
        <MapLayerContext value={layerState}>
          <MapHighlightContext value={highlightValue}>
            <MapHandlersContext value={handlers}>
              <MapContent
                geographies={geographies}
                isoByNumeric={isoByNumeric}
                patternPrefix={PATTERNS}
                zoom={zoom}
                center={gestures.center}
                filterZoomEvent={gestures.filterZoomEvent}
                onMove={gestures.onMove}
                onMoveEnd={gestures.onMoveEnd}
              />
            </MapHandlersContext>
          </MapHighlightContext>
        </MapLayerContext>
      </ComposableMap>
      <ZoomControls zoom={zoom} onZoom={gestures.zoomBy} onReset={gestures.reset} />
      {gestures.hint && (
        <p className={styles.wheelHint} aria-hidden="true" style={{ '--hint-x': `${gestures.hint.x}px`, '--hint-y': `${gestures.hint.y}px` } as CSSProperties}>
          {t(m.wheelHint)}
        </p>
      )}
      {tooltip && <MapTooltip id={tooltipId} content={tooltip.content} anchor={tooltip.anchor} />}
    </div>
  );
}

/** The view the map is asked to show, handed past the loader (which a year step does not touch). */
const MapViewContext = createContext<InteractiveMapProps | null>(null);

function InteractiveMapImpl(props: InteractiveMapProps) {
  return (
    <MapViewContext value={props}>
      <MapLoader maxYear={props.summary.maxYear} placeholder={props.placeholder} />
    </MapViewContext>
  );
}

/** Loads the geometry and the data; memoised on props a year step does not change, so its
 * query observers are not run again on every step (the view reaches LoadedMap by context). */
const MapLoader = memo(function MapLoader({ maxYear, placeholder }: { maxYear: number; placeholder: ReactNode }) {
  const { m, t } = useMapText();
  // The geometry and the data load side by side.
  const loaded = useRegionGeometry();
  const mapData = useMapData();
  // The first full render of the map is deferred: React renders it in interruptible slices
  // while the outline stays up, so it never blocks input.
  const geographies = useDeferredValue(loaded.geographies);
  const data = useDeferredValue(mapData.data);
  if (geographies && data) return <LoadedMap data={data} geographies={geographies} />;
  return (
    <div className={styles.stage} role="region" aria-label={t(m.zoom.viewport)}>
      {placeholder}
      {mapData.failed || loaded.error !== null ? (
        <p className={styles.error} role="alert">
          {mapData.failed ? t(m.dataError) : t(m.loadError, { year: maxYear })}
        </p>
      ) : (
        <p className={styles.status} role="status">
          {t(m.loading)}
        </p>
      )}
    </div>
  );
});

const LoadedMap = memo(function LoadedMap({ data, geographies }: { data: MapData; geographies: readonly MapGeography[] }) {
  const view = useContext(MapViewContext);
  return view ? <ReadyMap {...view} data={data} geographies={geographies} /> : null;
});

export const InteractiveMap = memo(InteractiveMapImpl);
export default InteractiveMap;
