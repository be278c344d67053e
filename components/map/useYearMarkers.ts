'use client';
/**
 * The map's event markers: every year's, laid out at the settled zoom (mapMarkers.ts), and the
 * shown year's (what the tooltip, the arrow keys and the capitals' labels read). A year step only
 * changes which of them show (EventLayer, yearRules.css), so it renders no marker; they are redone
 * when the layers, kinds or zoom change. They follow the states in a second, deferred render, so
 * that neither is one long task on a slow phone.
 *
 * At the map's start, the shown year's markers come first; the other years' are laid out afterwards, a few milliseconds
 * at a time in tasks of their own (LAYOUT_SLICE_MS), and drawn in one transition once all are
 * (issue #15: laying out and drawing every year's markers at once was the longest task of the
 * map's start on a slow phone). A step of the slider before then lays out the rest at once and
 * draws it before the next paint (the step's event is discrete: React renders in a microtask), so
 * the step still shows its year's markers as it lands. The marker layer says which it holds:
 * `data-years="shown"` or `"all"` (EventLayer).
 */
import { startTransition, useContext, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ExerciseKind } from '@/data/schema';
import { casualtyFigure } from '@/lib/casualtyStatements';
import { assembleMarkerYears, buildMarkers, layoutAt, markerNames, yearMarkersOf, type MarkerYears, type Project, type YearMarkers } from './mapMarkers';
import { eventsUpTo, exercisesShown, troopFigure } from './mapModel';
import type { MapText } from './mapText';
import { radiusScale } from './markerScale';
import type { MapData } from './types';
import type { MapLayer } from './urlState';
import { YearSignalContext } from './yearSignal';

const NO_NAMES: ReadonlyMap<string, string> = new Map();
const NO_MARKERS: MarkerYears = { instances: [], byYear: new Map() };
const NO_YEAR: YearMarkers = { markers: [], placed: new Map(), order: [] };

/** How long one task lays out further years before it yields to the browser. */
const LAYOUT_SLICE_MS = 4;

export interface YearMarkersInput {
  text: MapText;
  data: MapData;
  minYear: number;
  maxYear: number;
  year: number;
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  project: Project;
  zoom: number;
}

export function useYearMarkers({ text, data, minYear, maxYear, year, layers, kinds, project, zoom }: YearMarkersInput): { markerSet: MarkerYears; yearMarkers: YearMarkers; allYears: boolean } {
  const eventData = useDeferredValue<MapData | null>(data, null);
  const troopRadius = useMemo(() => radiusScale(Math.max(0, ...data.exercises.map((e) => troopFigure(e) ?? 0))), [data.exercises]);
  const casualtyRadius = useMemo(() => radiusScale(Math.max(0, ...data.incidents.map((i) => casualtyFigure(i) ?? 0))), [data.incidents]);
  const names = useMemo(() => (eventData ? markerNames(text, [...eventData.exercises, ...eventData.incidents], eventData.names) : NO_NAMES), [text, eventData]);
  const years = useMemo(() => Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i), [minYear, maxYear]);

  /** Lays out one year's markers; a new one (and a new, empty set of years) whenever what they show changes. */
  const layoutYear = useMemo(() => {
    if (!eventData) return null;
    return (y: number): YearMarkers =>
      yearMarkersOf(
        buildMarkers({
          exercises: layers.includes('exercises') ? exercisesShown(eventData.exercises, y, kinds) : [],
          incidents: layers.includes('incidents') ? eventsUpTo(eventData.incidents, y) : [],
          troopRadius,
          casualtyRadius,
          names,
        }),
        (ms) => layoutAt(ms, project, zoom),
      );
  }, [eventData, layers, kinds, troopRadius, casualtyRadius, names, project, zoom]);
  // Every year laid out for the latest layoutYear, once all are (the slices below, or a step).
  const [completed, setCompleted] = useState<{ layoutYear: (y: number) => YearMarkers; byYear: ReadonlyMap<number, YearMarkers> } | null>(null);
  const complete = completed !== null && completed.layoutYear === layoutYear;
  // The years the slices have laid out so far, for the layoutYear they started with.
  const progress = useRef<{ layoutYear: (y: number) => YearMarkers; byYear: Map<number, YearMarkers> } | null>(null);

  // Staged only at the map's start: once every year has been drawn, a change of layers, kinds or
  // zoom lays them all out again in its own render, as a marker keeps its id (and a reader's
  // keyboard focus, zooming with + from a marker) only within a set of every year.
  const started = completed !== null;
  const shownYear = Math.min(maxYear, Math.max(minYear, year));
  // Once every year is drawn, the set does not change with the year (React taking a year renders no marker).
  const everyYear = useMemo(() => {
    if (complete) return assembleMarkerYears(completed.byYear, zoom);
    if (!started || !layoutYear) return null;
    return assembleMarkerYears(new Map(years.map((y) => [y, layoutYear(y)])), zoom);
  }, [complete, completed, started, layoutYear, years, zoom]);
  const ownYear = useMemo(
    () => (started || !layoutYear ? null : assembleMarkerYears(new Map([[shownYear, layoutYear(shownYear)]]), zoom)),
    [started, layoutYear, shownYear, zoom],
  );
  const markerSet = everyYear ?? ownYear ?? NO_MARKERS;

  /** The years laid out so far for `layout` (a new, empty set when it has changed). */
  const progressFor = (layout: (y: number) => YearMarkers): Map<number, YearMarkers> => {
    if (progress.current?.layoutYear !== layout) progress.current = { layoutYear: layout, byYear: new Map() };
    return progress.current.byYear;
  };

  // Lays out every year not yet laid out and draws them all.
  const completeNow = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    completeNow.current = () => {
      if (!layoutYear || started) return;
      const byYear = progressFor(layoutYear);
      for (const y of years) if (!byYear.has(y)) byYear.set(y, layoutYear(y));
      setCompleted({ layoutYear, byYear });
    };
  });

  // The other years, a slice at a time, then drawn in a transition.
  useEffect(() => {
    if (!layoutYear || started) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const byYear = progressFor(layoutYear);
      const until = performance.now() + LAYOUT_SLICE_MS;
      for (const y of years) {
        if (byYear.has(y)) continue;
        byYear.set(y, layoutYear(y));
        if (performance.now() > until) {
          timer = setTimeout(slice, 0);
          return;
        }
      }
      startTransition(() => setCompleted({ layoutYear, byYear }));
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [layoutYear, started, years]);

  // A slider step ahead of React before every year is drawn: all of them now. The step's event is
  // discrete, so React draws them before the next paint (in a microtask after the event). Subscribed
  // in the commit that mounts the map, so a step right after it is not missed.
  const signal = useContext(YearSignalContext);
  useLayoutEffect(() => (signal ? signal.subscribe(() => completeNow.current()) : undefined), [signal]);
  // The slider moved on before this render (a step that landed while the markers were still to
  // come, or before the map's data): all of them now, drawn before this commit paints.
  useLayoutEffect(() => {
    if (signal && signal.get() !== year) completeNow.current();
  }, [signal, layoutYear, year]);

  const yearMarkers = useMemo(() => markerSet.byYear.get(year) ?? NO_YEAR, [markerSet, year]);
  return { markerSet, yearMarkers, allYears: started };
}
