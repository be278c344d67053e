'use client';
/**
 * The map's Export menu (components/export): PNG, SVG and CSV of the view, framed with its title,
 * legend, sources and data date. Loaded lazily with the exporter; its frame and rows follow the
 * view a beat behind (deferred), so a year step never waits for them.
 */
import { useDeferredValue, useMemo } from 'react';
import { ExportMenu } from '@/components/export/ExportMenu';
import { mapExportColumns, mapExportRows, mapFrameSpec, type MapExportInput } from './mapExport';
import { MAP_PARAMS } from './urlState';

/** The element that holds the map's svg[data-export-plot]. */
export const MAP_EXPORT_TARGET = 'map-export';

export function MapExport(props: MapExportInput) {
  const input = useDeferredValue(props);
  const frame = useMemo(() => mapFrameSpec(input), [input]);
  const rows = useMemo(() => mapExportRows(input), [input]);
  const columns = useMemo(() => mapExportColumns(), []);
  return (
    <ExportMenu
      kind="map"
      targetId={MAP_EXPORT_TARGET}
      frame={frame}
      rows={rows}
      columns={columns}
      fileBase="sco-map"
      year={input.year}
      linkParams={MAP_PARAMS}
    />
  );
}

export default MapExport;
