'use client';
/**
 * Everything inside the map's zoom group: water, states, outlines, capitals and markers. It is
 * memoised on what only zoom, pan and the geometry change, and its layers read the view from
 * MapLayerContext: so a year step re-renders the layers alone (and in them only the shapes and
 * markers whose props changed), not ZoomableGroup or the rest of the world's shapes.
 */
import { memo, useContext, type ReactNode } from 'react';
import { ZoomableGroup, type ZoomableGroupProps } from 'react-simple-maps';
import { CapitalLayer } from './CapitalLayer';
import { EventLayer } from './EventLayer';
import { MapHandlersContext, MapHighlightContext, useMapLayers } from './MapLayerContext';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { StateLayer } from './StateLayer';
import type { MapGeography } from './useRegionGeometry';
import { MAX_ZOOM, MIN_ZOOM } from './urlState';
import styles from './MapStage.module.css';

const EXTENT: [[number, number], [number, number]] = [
  [0, 0],
  [MAP_WIDTH, MAP_HEIGHT],
];

export interface MapContentProps {
  geographies: readonly MapGeography[];
  /** ISO numeric → ISO alpha-3, for the states in the data. */
  isoByNumeric: ReadonlyMap<string, string>;
  patternPrefix: string;
  zoom: number;
  /** [lon, lat] the zoom group centres on. */
  center: [number, number];
  filterZoomEvent: ZoomableGroupProps['filterZoomEvent'];
  onMove: ZoomableGroupProps['onMove'];
  onMoveEnd: ZoomableGroupProps['onMoveEnd'];
}

/** The group every state and marker sits in: pointer and keyboard events are handled here. */
function InteractionGroup({ children }: { children: ReactNode }) {
  const h = useContext(MapHandlersContext);
  return (
    <g
      onClick={h?.onClick}
      onMouseOver={h?.onMouseOver}
      onMouseMove={h?.onMouseMove}
      onMouseLeave={h?.onMouseLeave}
      onFocus={h?.onFocus}
      onBlur={h?.onBlur}
      onKeyDown={h?.onKeyDown}
    >
      {children}
    </g>
  );
}

function States({ geographies, isoByNumeric, patternPrefix }: Pick<MapContentProps, 'geographies' | 'isoByNumeric' | 'patternPrefix'>) {
  const l = useMapLayers();
  return (
    <StateLayer
      geographies={geographies}
      isoByNumeric={isoByNumeric}
      year={l.year}
      statuses={l.statuses}
      statusesOf={l.statusesOf}
      showStatus={l.showStatus}
      labels={l.labels}
      rovingId={l.rovingState}
      tinyAnchors={l.tinyAnchors}
      patternPrefix={patternPrefix}
      scale={l.scale}
    />
  );
}

function FocusOutline() {
  const { focusPath } = useMapLayers();
  return focusPath ? (
    <g data-selected-outline="">
      <path d={focusPath} className={styles.selectedHalo} />
      <path d={focusPath} className={styles.selectedOutline} />
    </g>
  ) : null;
}

function HighlightOutline() {
  const highlight = useContext(MapHighlightContext);
  return highlight ? <path d={highlight.path} className={highlight.keyboard ? styles.keyboardOutline : styles.hoverOutline} data-export-ignore="" /> : null;
}

function Capitals() {
  const l = useMapLayers();
  return <CapitalLayer capitals={l.capitals} labels={l.capitalLabels} scale={l.scale} />;
}

function Events() {
  const l = useMapLayers();
  return <EventLayer instances={l.markers} allYears={l.allYears} selectedId={l.selectedEvent} scale={l.scale} />;
}

export const MapContent = memo(function MapContent({ geographies, isoByNumeric, patternPrefix, zoom, center, filterZoomEvent, onMove, onMoveEnd }: MapContentProps) {
  return (
    <ZoomableGroup
      center={center}
      zoom={zoom}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      translateExtent={EXTENT}
      filterZoomEvent={filterZoomEvent}
      onMove={onMove}
      onMoveEnd={onMoveEnd}
    >
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} className={styles.water} />
      <InteractionGroup>
        <States geographies={geographies} isoByNumeric={isoByNumeric} patternPrefix={patternPrefix} />
        <FocusOutline />
        <HighlightOutline />
        <Capitals />
        <Events />
      </InteractionGroup>
    </ZoomableGroup>
  );
});
