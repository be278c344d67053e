'use client';
/**
 * The map's event markers: every year's at once, laid out at the settled zoom (markerYears in
 * mapMarkers.ts), and the shown year's (what the tooltip, the arrow keys and the capitals' labels
 * read). A year step only changes which of them show (EventLayer, yearRules.css), so it renders no
 * marker; they are redone when the layers, kinds or zoom change. They follow the states in a
 * second, deferred render, so that neither is one long task on a slow phone.
 */
import { useDeferredValue, useMemo } from 'react';
import type { ExerciseKind } from '@/data/schema';
import { casualtyFigure } from '@/lib/casualtyStatements';
import { buildMarkers, layoutAt, markerNames, markerYears, type MarkerYears, type Project, type YearMarkers } from './mapMarkers';
import { eventsUpTo, exercisesShown, troopFigure } from './mapModel';
import type { MapText } from './mapText';
import { radiusScale } from './markerScale';
import type { MapData } from './types';
import type { MapLayer } from './urlState';

const NO_NAMES: ReadonlyMap<string, string> = new Map();
const NO_MARKERS: MarkerYears = { instances: [], byYear: new Map() };
const NO_YEAR: YearMarkers = { markers: [], placed: new Map(), order: [] };

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

export function useYearMarkers({ text, data, minYear, maxYear, year, layers, kinds, project, zoom }: YearMarkersInput): { markerSet: MarkerYears; yearMarkers: YearMarkers } {
  const eventData = useDeferredValue<MapData | null>(data, null);
  const troopRadius = useMemo(() => radiusScale(Math.max(0, ...data.exercises.map((e) => troopFigure(e) ?? 0))), [data.exercises]);
  const casualtyRadius = useMemo(() => radiusScale(Math.max(0, ...data.incidents.map((i) => casualtyFigure(i) ?? 0))), [data.incidents]);
  const names = useMemo(() => (eventData ? markerNames(text, [...eventData.exercises, ...eventData.incidents], eventData.names) : NO_NAMES), [text, eventData]);

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
  const yearMarkers = useMemo(() => markerSet.byYear.get(year) ?? NO_YEAR, [markerSet, year]);
  return { markerSet, yearMarkers };
}
