'use client';
/**
 * The map's Export menu (components/export): PNG, SVG and CSV of the view, framed with its title,
 * legend, sources and data date. Loaded lazily with the exporter, once the map it exports is
 * drawn. Its frame and rows are not redone on every year step (a step never waits for them, nor
 * does the frame after it): they catch up once the view has rested (EXPORT_REST_MS), and at once
 * when the pointer or focus reaches the menu, so the menu always exports the view on screen.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
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

/** How long the view must rest before the export's frame and rows follow it unasked. */
export const EXPORT_REST_MS = 400;

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

/** The catch-up wrapper takes no box of its own. */
const CONTENTS = { display: 'contents' } as const;

function ExportOf({ data, year, layers, kinds, counts, statuses, judgedText }: MapExportProps & { data: MapData }) {
  const view = useMemo(() => ({ data, year, layers, kinds, counts, statuses, judgedText }), [data, year, layers, kinds, counts, statuses, judgedText]);
  // A year step renders this with the view it last took (nothing to do); the new one follows
  // when the view rests, or when the reader reaches the menu (before its own handlers run).
  const [shown, setShown] = useState(view);
  useEffect(() => {
    if (shown === view) return;
    const timer = setTimeout(() => startTransition(() => setShown(view)), EXPORT_REST_MS);
    return () => clearTimeout(timer);
  }, [shown, view]);
  const catchUp = () => {
    if (shown !== view) flushSync(() => setShown(view));
  };
  const input = useMemo(
    (): MapExportInput => ({ ...shown, exercises: exercisesShown(shown.data.exercises, shown.year, shown.kinds), incidents: eventsUpTo(shown.data.incidents, shown.year) }),
    [shown],
  );
  const frame = useMemo(() => mapFrameSpec(input), [input]);
  const rows = useMemo(() => mapExportRows(input), [input]);
  const columns = useMemo(() => mapExportColumns(), []);
  // The same element while the export's view stands: a year step does not re-render the menu.
  const menu = useMemo(
    () => <ExportMenu kind="map" targetId={MAP_EXPORT_TARGET} frame={frame} rows={rows} columns={columns} fileBase="sco-map" year={input.year} linkParams={MAP_PARAMS} />,
    [frame, rows, columns, input.year],
  );
  return (
    <div style={CONTENTS} onPointerOverCapture={catchUp} onFocusCapture={catchUp}>
      {menu}
    </div>
  );
}

export default MapExport;
