'use client';
/**
 * The interactive map once its geometry and the map's data have loaded (InteractiveMap.tsx loads
 * them): react-simple-maps' ComposableMap and ZoomableGroup around the state shapes, capitals and
 * event markers, with the zoom controls, the wheel hint and the tooltip.
 *
 * Performance: paths are computed once when the geometry loads. A slider step renders nothing:
 * its year reaches the svg's year class and attributes and the states' fills through listeners
 * (yearSignal.ts); every year's markers are drawn once and the svg's year class shows that year's
 * (EventLayer, yearClasses.ts, useYearMarkers.ts). When React takes the year (the slider at rest,
 * Play, the URL) this component renders, never ZoomableGroup or the rest of the world
 * (MapContent.tsx), and in the layers that read MapLayerContext only the shapes whose props
 * changed. A zoom gesture moves one transform and rewrites the markers' scale(1/k) attributes
 * directly; layouts and labels are redone when the gesture ends.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { ComposableMap } from 'react-simple-maps';
import { LABEL_MIN_ZOOM } from './CapitalLayer';
import type { InteractiveMapProps, SelectSource } from './mapViewProps';
import type { PlacedLabel } from './labelLayout';
import { MapContent } from './MapContent';
import { MapHandlersContext, MapHighlightContext, MapLayerContext, type MapHighlight, type MapItemHandlers, type MapLayerState } from './MapLayerContext';
import { stateShapeName } from './mapLabels';
import { useMapText } from './MapTextContext';
import { capitalLabels, capitalsShown, visibleBox } from './mapMarkers';
import { MapTooltip } from './MapTooltip';
import { counterScale } from './counterScale';
import { createProjection, MAP_HEIGHT, MAP_WIDTH } from './projection';
import { rovingHolder, rovingTarget } from './roving';
import { statePaths } from './statePaths';
import { StatusPatternDefs } from './StatusPatterns';
import type { MapData } from './types';
import { useMarkerTabStop } from './useMarkerTabStop';
import { mapYearClass, shownInSelector } from './yearClasses';
import { useMapGestures } from './useMapGestures';
import { useMapTooltip } from './useMapTooltip';
import type { MapGeography } from './useRegionGeometry';
import { useStableHandlers } from './useStableHandlers';
import { useYearMarkers } from './useYearMarkers';
import { useYearListener, writeAttribute } from './yearSignal';
import { ZoomControls } from './ZoomControls';
import styles from './MapStage.module.css';
import './yearRules.css';

const PATTERNS = 'map';

type ReadyMapProps = InteractiveMapProps & { data: MapData; geographies: readonly MapGeography[] };

const NO_LABELS: ReadonlyMap<string, PlacedLabel> = new Map<string, PlacedLabel>();

const itemOf = (e: { target: EventTarget }): Element | null => (e.target instanceof Element ? e.target.closest('[data-marker], [data-id], [data-name]') : null);

export function ReadyMap(props: ReadyMapProps) {
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
  const pathOf = useMemo(() => statePaths(geographies, isoByNumeric), [geographies, isoByNumeric]);

  // Every year's markers at once, and the year's (useYearMarkers.ts).
  const { minYear, maxYear } = summary;
  const { markerSet, yearMarkers, allYears } = useYearMarkers({ text, data, minYear, maxYear, year, layers, kinds, project, zoom });
  const { markers, placed, order: markerOrder } = yearMarkers;
  const labels = useMemo(() => new Map(summary.states.map((s) => [s.id, stateShapeName(text, s.name, statuses.get(s.id))])), [text, summary.states, statuses]);
  const capitals = useMemo(() => (layers.includes('capitals') ? capitalsShown(data.states, statuses) : []), [layers, data.states, statuses]);
  const labelsShown = zoom >= LABEL_MIN_ZOOM;
  const defaultCenter = useMemo((): readonly [number, number] => {
    const c = projection.invert?.([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
    return c ? [c[0], c[1]] : [95, 45];
  }, [projection]);
  // Placed inside the part of the map on screen, so no name runs past its edge.
  const capitalLabelMap = useMemo(
    () => (labelsShown ? capitalLabels(capitals, yearMarkers.markers, yearMarkers.placed, project, zoom, visibleBox(center ?? defaultCenter, project, zoom, MAP_WIDTH, MAP_HEIGHT)) : NO_LABELS),
    [labelsShown, capitals, yearMarkers, project, zoom, center, defaultCenter],
  );

  const [rememberedState, setRememberedState] = useState<string | null>(null);
  const [rememberedMarker, setRememberedMarker] = useState<string | null>(null);
  const rovingState = rovingHolder(stateOrder, rememberedState);
  useMarkerTabStop(stageRef, year, rovingHolder(markerOrder, rememberedMarker), markerSet.instances);
  const gestures = useMapGestures({ stageRef, zoom, center, defaultCenter, projection, onViewport: props.onViewport });
  const scale = counterScale(zoom);
  const viewKey = `${year}|${zoom}|${layers.join()}`;
  const { tooltip, highlight, show: showTooltip, hide: hideTooltip } = useMapTooltip({ stageRef, data, markers, placed, statuses, year, viewKey });

  const showStatus = layers.includes('members');
  const focusPath = (focus && pathOf.get(focus)) || null;
  const { statusesOf } = props;
  // A slider step ahead of React: the svg's year class shows the year's markers (yearClasses.ts).
  useYearListener(year, (shown) => {
    const svg = stageRef.current?.querySelector('svg[data-map-year]');
    if (!svg) return;
    svg.classList.remove(mapYearClass(Number(svg.getAttribute('data-map-year'))));
    svg.classList.add(mapYearClass(shown));
    svg.setAttribute('data-map-year', String(shown));
    writeAttribute(svg, 'aria-label', t(m.svgLabel, { year: shown }));
  });
  const layerState = useMemo<MapLayerState>(
    () => ({
      year,
      statuses,
      statusesOf,
      showStatus,
      labels,
      rovingState,
      tinyAnchors,
      markers: markerSet.instances,
      allYears,
      selectedEvent: sel,
      capitals,
      capitalLabels: capitalLabelMap,
      scale,
      focusPath,
    }),
    [year, statuses, statusesOf, showStatus, labels, rovingState, tinyAnchors, markerSet.instances, allYears, sel, capitals, capitalLabelMap, scale, focusPath],
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
  // gets one stable object (useStableHandlers), so a year step does not re-render it.
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
  const handlers = useStableHandlers(current);

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
