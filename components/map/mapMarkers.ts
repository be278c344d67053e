/**
 * From the events and states on show to what the map draws: one marker per place of each event
 * (shape, colour, size, accessible name), the order they are drawn and visited in, their ring
 * layout at the settled zoom, and the capitals with the labels that fit. Pure, given a
 * projection function.
 */
import type { StateStatus } from '@/data/schema';
import { CAPITAL_FONT_PX, type CapitalSpec } from './CapitalLayer';
import { placeLabels, type Box, type PlacedLabel } from './labelLayout';
import { eventMarkerName } from './mapLabels';
import type { MapText } from './mapText';
import { casualtyFigure } from '@/lib/casualtyStatements';
import { troopFigure, type VisibleEvent } from './mapModel';
import { layoutMarkers, type PlacedMarker } from './markerLayout';
import type { RadiusOf } from './markerScale';
import { INCIDENT_COLOR, kindColor } from './SymbolIcon';
import { INCIDENT_SYMBOL, KIND_SYMBOL, type SymbolShape } from '@/components/frame/symbols';
import type { MapEventInfo, MapExerciseInfo, MapIncidentInfo, MapPlace, MapStateInfo } from './types';

/** One marker: a place of an event, as the map draws and names it. */
export interface MarkerSpec {
  /** `<event id>#<place index>`. */
  key: string;
  event: MapEventInfo;
  place: MapPlace;
  shape: SymbolShape;
  color: string;
  /** Radius in screen pixels at zoom 1. */
  r: number;
  current: boolean;
  /** Accessible name. */
  name: string;
}

export type Project = (lonLat: [number, number]) => [number, number] | null;

export interface MarkerInputs {
  exercises: readonly VisibleEvent<MapExerciseInfo>[];
  incidents: readonly VisibleEvent<MapIncidentInfo>[];
  troopRadius: RadiusOf;
  casualtyRadius: RadiusOf;
  /** Accessible names by marker key (markerNames()), made once: they do not change by year. */
  names: ReadonlyMap<string, string>;
}

export const markerKey = (eventId: string, placeIndex: number) => `${eventId}#${placeIndex}`;

/** Code-unit order: ids, keys and ISO dates are ASCII, and a year step sorts the markers twice,
 * so this stands in for localeCompare (an ICU collation per comparison). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every marker's accessible name, by key. Dates are formatted here once, not on every year. */
export function markerNames(text: MapText, events: readonly MapEventInfo[], countryNames: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const event of events) event.places.forEach((place, i) => out.set(markerKey(event.id, i), eventMarkerName(text, event, place, countryNames)));
  return out;
}

/** Markers in drawing order: earlier years under the year's own, larger under smaller. */
export function buildMarkers({ exercises, incidents, troopRadius, casualtyRadius, names }: MarkerInputs): MarkerSpec[] {
  const specs: MarkerSpec[] = [];
  const push = (event: MapEventInfo, current: boolean, shape: MarkerSpec['shape'], color: string, r: number) =>
    event.places.forEach((place, i) => {
      const key = markerKey(event.id, i);
      specs.push({ key, event, place, shape, color, r, current, name: names.get(key) ?? event.name });
    });
  for (const { event, current } of exercises) push(event, current, KIND_SYMBOL[event.kind], kindColor(event.kind), troopRadius(troopFigure(event)));
  for (const { event, current } of incidents) push(event, current, INCIDENT_SYMBOL, INCIDENT_COLOR, casualtyRadius(casualtyFigure(event)));
  return specs.sort((a, b) => Number(a.current) - Number(b.current) || b.r - a.r || byCode(a.key, b.key));
}

/** Keys in the order the arrow keys visit them: by date, then place. */
export function visitOrder(markers: readonly MarkerSpec[]): string[] {
  return [...markers]
    .sort((a, b) => byCode(a.event.start, b.event.start) || byCode(a.event.id, b.event.id) || byCode(a.key, b.key))
    .map((m) => m.key);
}

/** Ring layout at `zoom`, in chronological order within each ring. */
export function layoutAt(markers: readonly MarkerSpec[], project: Project, zoom: number): Map<string, PlacedMarker> {
  const byKey = new Map(markers.map((m) => [m.key, m]));
  const inputs = visitOrder(markers)
    .map((key) => byKey.get(key))
    .flatMap((m) => {
      const p = m ? project([m.place.lon, m.place.lat]) : null;
      return m && p ? [{ key: m.key, x: p[0], y: p[1], r: m.r }] : [];
    });
  return new Map(layoutMarkers(inputs, { zoom, gap: 2 }).map((p) => [p.key, p]));
}

/** The layout's inputs as a string, whatever their drawing order: the same key means the same
 * layout (layoutAt orders markers by date itself). */
export function layoutKey(markers: readonly MarkerSpec[], zoom: number): string {
  return `${zoom}|${markers
    .map((m) => `${m.key}:${m.r}:${m.place.lon},${m.place.lat}`)
    .sort()
    .join(';')}`;
}

/**
 * layoutAt with a memory of its last answer: a year step that shows the same markers (only
 * their emphasis changed) gets the same layout object back, so nothing downstream redoes work.
 * One per map (the projection must not change between calls).
 */
export function createLayoutMemo(): (markers: readonly MarkerSpec[], project: Project, zoom: number) => Map<string, PlacedMarker> {
  let last: { key: string; placed: Map<string, PlacedMarker> } | undefined;
  return (markers, project, zoom) => {
    const key = layoutKey(markers, zoom);
    if (last?.key !== key) last = { key, placed: layoutAt(markers, project, zoom) };
    return last.placed;
  };
}

const STATUS_PRIORITY: Record<StateStatus, number> = { shanghaiFive: 0, member: 0, observer: 1, dialoguePartner: 2, partner: 2 };

export function capitalsShown(states: readonly MapStateInfo[], statuses: ReadonlyMap<string, StateStatus>): CapitalSpec[] {
  return states.flatMap((s) => {
    const status = statuses.get(s.id);
    return status ? [{ stateId: s.id, name: s.capital.name, lon: s.capital.lon, lat: s.capital.lat, priority: STATUS_PRIORITY[status] }] : [];
  });
}

/**
 * The part of the map on screen, in the zoomed projection's units (what capitalLabels places in):
 * the map's width and height around `center` (the settled view's centre, lon/lat).
 */
export function visibleBox(center: readonly [number, number], project: Project, zoom: number, width: number, height: number): Box | undefined {
  const p = project([center[0], center[1]]);
  if (!p) return undefined;
  const [cx, cy] = [p[0] * zoom, p[1] * zoom];
  return { x0: cx - width / 2, y0: cy - height / 2, x1: cx + width / 2, y1: cy + height / 2 };
}

/**
 * Capital labels that fit at `zoom` without covering each other or a marker, and, given the part
 * of the map on screen (`view`, visibleBox), inside it: a label that would run past the map's edge
 * goes to another side of its dot, or is left out (a capital off screen has none), so no name is
 * cut ("…u" of Baku at the left edge).
 */
export function capitalLabels(
  capitals: readonly CapitalSpec[],
  markers: readonly MarkerSpec[],
  placed: ReadonlyMap<string, PlacedMarker>,
  project: Project,
  zoom: number,
  view?: Box,
): Map<string, PlacedLabel> {
  const obstacles: Box[] = markers.flatMap((m) => {
    const p = placed.get(m.key);
    return p ? [{ x0: p.px * zoom - m.r, y0: p.py * zoom - m.r, x1: p.px * zoom + m.r, y1: p.py * zoom + m.r }] : [];
  });
  const onScreen = (x: number, y: number) => !view || (x >= view.x0 && x <= view.x1 && y >= view.y0 && y <= view.y1);
  const candidates = capitals.flatMap((c) => {
    const p = project([c.lon, c.lat]);
    if (!p || !onScreen(p[0] * zoom, p[1] * zoom)) return [];
    return [{ key: c.stateId, x: p[0] * zoom, y: p[1] * zoom, width: c.name.length * CAPITAL_FONT_PX * 0.56 + 2, height: CAPITAL_FONT_PX + 2, priority: c.priority }];
  });
  return placeLabels(candidates, obstacles, view);
}

/** One marker as it is drawn in some years: the same place, emphasis and ring offset. */
export interface MarkerInstance extends MarkerSpec {
  /** Unique among the instances: `<key>@<first year>`. */
  id: string;
  /** The years it shows in, ascending. */
  years: readonly number[];
  /** Ring offset from the true point, in screen pixels (0, 0 when it stands alone). */
  dx: number;
  dy: number;
}

/** What one year shows: its markers in drawing order, their layout and their visiting order. */
export interface YearMarkers {
  markers: readonly MarkerSpec[];
  placed: ReadonlyMap<string, PlacedMarker>;
  order: readonly string[];
}

export interface MarkerYears {
  /** Every year's markers at once, in one drawing order that is each year's order restricted to it. */
  instances: readonly MarkerInstance[];
  byYear: ReadonlyMap<number, YearMarkers>;
}

const offset = (n: number) => Math.round(n * 100) / 100;

/** One year's markers laid out: its markers in drawing order, their places and visiting order. */
export function yearMarkersOf(
  markers: readonly MarkerSpec[],
  layout: (markers: readonly MarkerSpec[]) => ReadonlyMap<string, PlacedMarker>,
): YearMarkers {
  return { markers, placed: layout(markers), order: visitOrder(markers) };
}

/**
 * Years' markers as one set of instances, so a year step only changes which of them show
 * (EventLayer: the map's `data-map-year` against each instance's years, in CSS) and renders
 * nothing. A marker that looks the same in several years (emphasis and ring offset) is one
 * instance; one whose emphasis or ring place changes has an instance per look. Drawn in the order
 * buildMarkers uses (earlier years' under the year's own, larger under smaller, then by key), so
 * each year shows its markers in the same order as before. `byYear` may hold some years only
 * (the map lays out the shown year first and the others in later tasks: useYearMarkers.ts).
 */
export function assembleMarkerYears(byYear: ReadonlyMap<number, YearMarkers>, zoom: number): MarkerYears {
  const instances = new Map<string, MarkerInstance & { years: number[] }>();
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const { markers, placed } = byYear.get(year) ?? { markers: [], placed: new Map<string, PlacedMarker>() };
    for (const m of markers) {
      const p = placed.get(m.key);
      const dx = p ? offset((p.px - p.x) * zoom) : 0;
      const dy = p ? offset((p.py - p.y) * zoom) : 0;
      const look = `${m.key}|${m.current}|${dx}|${dy}`;
      const seen = instances.get(look);
      if (seen) seen.years.push(year);
      else instances.set(look, { ...m, id: `${m.key}@${year}`, years: [year], dx, dy });
    }
  }
  const sorted = [...instances.values()].sort(
    (a, b) => Number(a.current) - Number(b.current) || b.r - a.r || byCode(a.key, b.key) || (a.years[0] ?? 0) - (b.years[0] ?? 0),
  );
  return { instances: sorted, byYear };
}

/** Every one of `years`' markers at once (assembleMarkerYears), laid out in one go. */
export function markerYears(
  years: readonly number[],
  markersOf: (year: number) => readonly MarkerSpec[],
  layout: (markers: readonly MarkerSpec[]) => ReadonlyMap<string, PlacedMarker>,
  zoom: number,
): MarkerYears {
  return assembleMarkerYears(new Map(years.map((year) => [year, yearMarkersOf(markersOf(year), layout)])), zoom);
}
