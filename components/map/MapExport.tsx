'use client';
/**
 * The map's Export menu (components/export): PNG, SVG and CSV of the view, framed with its title,
 * legend, sources and data date. Loaded lazily with the exporter, once the map it exports is
 * drawn. Its frame and rows follow the view a beat behind (deferred), so a year step never waits
 * for them, and the menu holds the view's frame when someone reaches it (its warm-up renders it).
 */
import { useDeferredValue, useMemo } from 'react';
import type { ExerciseKind, StateStatus } from '@/data/schema';
import { ExportMenu } from '@/components/export/ExportMenu';
import type { StatusCounts } from '@/lib/memberStatus';
import { mapExportColumns, mapExportRows, mapFrameSpec, type MapExportInput } from './mapExport';
import { eventsUpTo, exercisesShown } from './mapModel';
import type { MapData } from './types';
import { MAP_PARAMS, type MapLayer } from './urlState';
import { useMapData } from './useMapData';

/** The element that holds the map's svg[data-export-plot]. */
export const MAP_EXPORT_TARGET = 'map-export';

export interface MapExportProps {
  year: number;
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  counts: StatusCounts;
  statuses: ReadonlyMap<string, StateStatus>;
  /** "As on 31 December 2017." */
  judgedText: string;
}

export function MapExport(props: MapExportProps) {
  const { data } = useMapData();
  return data ? <ExportOf data={data} {...props} /> : null;
}

function ExportOf({ data, year, layers, kinds, counts, statuses, judgedText }: MapExportProps & { data: MapData }) {
  const view = useMemo(() => ({ data, year, layers, kinds, counts, statuses, judgedText }), [data, year, layers, kinds, counts, statuses, judgedText]);
  // A year step renders this with the previous view (nothing to do); the new one follows in a
  // deferred render.
  const shown = useDeferredValue(view);
  const input = useMemo(
    (): MapExportInput => ({ ...shown, exercises: exercisesShown(shown.data.exercises, shown.year, shown.kinds), incidents: eventsUpTo(shown.data.incidents, shown.year) }),
    [shown],
  );
  const frame = useMemo(() => mapFrameSpec(input), [input]);
  const rows = useMemo(() => mapExportRows(input), [input]);
  const columns = useMemo(() => mapExportColumns(), []);
  return <ExportMenu kind="map" targetId={MAP_EXPORT_TARGET} frame={frame} rows={rows} columns={columns} fileBase="sco-map" year={input.year} linkParams={MAP_PARAMS} />;
}

export default MapExport;
