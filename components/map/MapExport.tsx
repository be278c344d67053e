'use client';
/**
 * The map's Export menu (components/export): PNG, SVG and CSV of the view, framed with its title,
 * legend, sources and data date. Loaded lazily with the exporter, once the map it exports is
 * drawn. Its frame and rows are computed only when an export needs them (the reader points at,
 * focuses or uses the menu), from the view on screen at that moment: neither loading the page nor
 * a year step waits for them, and the menu is not re-rendered on a year step.
 */
import { createContext, memo, useCallback, useContext, useMemo, useRef } from 'react';
import type { ExerciseKind, StateStatus } from '@/data/schema';
import { ExportMenu, type ExportContent } from '@/components/export/ExportMenu';
import type { ExportMenuWords } from '@/components/export/exportWords';
import type { StatusCounts } from '@/lib/memberStatus';
import { mapExportColumns, mapExportRows, mapFrameSpec, type MapExportInput } from './mapExport';
import type { MapText } from './mapText';
import { useMapText } from './MapTextContext';
import { eventsUpTo, exercisesShown } from './mapModel';
import type { MapData } from './types';
import { MAP_PARAMS, type MapLayer } from './urlState';
import { useLatest } from './useLatest';
import { useMapData } from './useMapData';

export interface MapExportProps {
  /** The Export menu's words in the page's language. */
  exportWords: ExportMenuWords;
  year: number;
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  counts: StatusCounts;
  statuses: ReadonlyMap<string, StateStatus>;
  /** "As on 31 December 2017." */
  judgedText: string;
}

type View = MapExportProps & { data: MapData };

/** What an export of `view` carries. */
function exportContent(view: View, text: MapText): ExportContent {
  const input: MapExportInput = { ...view, exercises: exercisesShown(view.data.exercises, view.year, view.kinds), incidents: eventsUpTo(view.data.incidents, view.year) };
  return { frame: mapFrameSpec(input, text), rows: mapExportRows(input, text), year: view.year };
}

/** The view to export, handed past the data loader (which a year step does not touch). */
const ExportViewContext = createContext<MapExportProps | null>(null);

export function MapExport(props: MapExportProps) {
  return (
    <ExportViewContext value={props}>
      <ExportLoader />
    </ExportViewContext>
  );
}

/** Memoised without props: its query observer is not run again on every year step. */
const ExportLoader = memo(function ExportLoader() {
  const { data } = useMapData();
  return data ? <ExportView data={data} /> : null;
});

function ExportView({ data }: { data: MapData }) {
  const view = useContext(ExportViewContext);
  return view ? <ExportOf data={data} {...view} /> : null;
}

function ExportOf({ data, exportWords, year, layers, kinds, counts, statuses, judgedText }: View) {
  const text = useMapText();
  const view = useMemo((): View => ({ data, exportWords, year, layers, kinds, counts, statuses, judgedText }), [data, exportWords, year, layers, kinds, counts, statuses, judgedText]);
  // The menu reads the view when it is used, so it keeps one content function for good.
  const shownRef = useLatest(view);
  const last = useRef<{ view: View; content: ExportContent } | undefined>(undefined);
  const content = useCallback((): ExportContent => {
    const now = shownRef.current;
    if (last.current?.view !== now) last.current = { view: now, content: exportContent(now, text) };
    return last.current.content;
  }, [shownRef, text]);
  const columns = useMemo(() => mapExportColumns(text), [text]);
  return useMemo(
    () => <ExportMenu kind="map" content={content} columns={columns} fileBase="sco-map" linkParams={MAP_PARAMS} locale={text.locale} words={exportWords} />,
    [content, columns, text.locale, exportWords],
  );
}

export default MapExport;
