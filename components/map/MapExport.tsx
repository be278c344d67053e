'use client';
/**
 * The map's Export menu (components/export): PNG, SVG and CSV of the view, framed with its title,
 * legend, sources and data date. Loaded lazily with the exporter; shown once the map's data has
 * loaded.
 *
 * The frame and the CSV rows are worked out only while someone may export: from the moment the
 * pointer or focus reaches the menu (before it can be opened) until both have left it. Meanwhile
 * they follow the view a beat behind (deferred); a year step with the menu out of reach costs
 * nothing here.
 */
import { useCallback, useDeferredValue, useMemo, useRef, useState, type FocusEvent } from 'react';
import type { ExerciseKind, StateStatus } from '@/data/schema';
import type { FrameSpec } from '@/components/frame/frameSpec';
import { ExportMenu } from '@/components/export/ExportMenu';
import type { StatusCounts } from '@/lib/memberStatus';
import { mapExportColumns, mapExportRows, mapFrameSpec, type MapExportInput } from './mapExport';
import { eventsUpTo, exercisesShown } from './mapModel';
import type { MapData } from './types';
import { MAP_PARAMS, type MapLayer } from './urlState';
import { useMapData } from './useMapData';

/** The element that holds the map's svg[data-export-plot]. */
export const MAP_EXPORT_TARGET = 'map-export';

/** What the menu holds before anyone reaches it (never exported: reaching it fills the frame). */
const NOT_YET: FrameSpec = { title: '', subtitle: '', legend: [], sourceLine: '', asOf: '', url: '/' };
const NO_ROWS: ReturnType<typeof mapExportRows> = [];

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

function exportInput(view: MapExportProps & { data: MapData }): MapExportInput {
  return {
    ...view,
    exercises: exercisesShown(view.data.exercises, view.year, view.kinds),
    incidents: eventsUpTo(view.data.incidents, view.year),
  };
}

function ExportOf(props: MapExportProps & { data: MapData }) {
  const [armed, setArmed] = useState(false);
  const hovered = useRef(false);
  const deferred = useDeferredValue(armed ? props : null);
  const view = armed ? (deferred ?? props) : null;
  const input = useMemo(() => (view ? exportInput(view) : null), [view]);
  const frame = useMemo(() => (input ? mapFrameSpec(input) : NOT_YET), [input]);
  const rows = useMemo(() => (input ? mapExportRows(input) : NO_ROWS), [input]);
  const columns = useMemo(() => mapExportColumns(), []);
  const year = input?.year;

  const arm = useCallback(() => setArmed(true), []);
  const onPointerEnter = useCallback(() => {
    hovered.current = true;
    setArmed(true);
  }, []);
  const onPointerLeave = useCallback((e: { currentTarget: HTMLElement }) => {
    hovered.current = false;
    if (!e.currentTarget.contains(document.activeElement)) setArmed(false);
  }, []);
  const onBlur = useCallback((e: FocusEvent<HTMLElement>) => {
    const next = e.relatedTarget;
    if (!hovered.current && !(next instanceof Node && e.currentTarget.contains(next))) setArmed(false);
  }, []);

  const menu = useMemo(
    () => <ExportMenu kind="map" targetId={MAP_EXPORT_TARGET} frame={frame} rows={rows} columns={columns} fileBase="sco-map" year={year} linkParams={MAP_PARAMS} />,
    [frame, rows, columns, year],
  );
  return (
    <div onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave} onFocus={arm} onBlur={onBlur}>
      {menu}
    </div>
  );
}

export default MapExport;
