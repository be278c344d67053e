'use client';
/**
 * The interactive map (loaded lazily, after first paint). Until its geometry and the map's data
 * have loaded it shows the server-rendered outline it is given, in the same box, with a loading or
 * error message; then the map itself (ReadyMap.tsx). A year step does not touch the loader: the
 * view reaches the drawn map by context (MapViewContext).
 */
import { createContext, memo, useContext, useDeferredValue, type ReactNode } from 'react';
import type { InteractiveMapProps } from './mapViewProps';
import { useMapText } from './MapTextContext';
import { ReadyMap } from './ReadyMap';
import type { MapData } from './types';
import { useMapData } from './useMapData';
import { useRegionGeometry, type MapGeography } from './useRegionGeometry';
import styles from './MapStage.module.css';


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

export type { InteractiveMapProps };
