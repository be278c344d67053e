/**
 * What the map receives from the page: plain, serialisable data selected from data/ on the
 * server (mapData.ts). Small on purpose: ids, names, dates, points, statuses and the figures
 * that size markers. Sources, quotes and claims stay in /data/<dataset>.json, which the details
 * panel loads on demand.
 */
import type { CasualtyPeople, CoordPrecision, ExerciseKind, Qualifier, StateStatus } from '@/data/schema';

export interface MapPlace {
  name: string;
  /** What the point is to the event ("field phase", "consultations"). */
  role?: string;
  /** ISO alpha-3 of the country the place is in. */
  country?: string;
  lon: number;
  lat: number;
  precision: CoordPrecision;
  /** What the point is, or for approximate points what it was placed from. */
  basis: string;
}

export interface MapStatusPeriod {
  status: StateStatus;
  from: string;
  /** Exclusive end; absent while the status holds. */
  to?: string;
}

/** A zoom and [lon, lat] centre. */
export interface MapViewTarget {
  zoom: number;
  center: [number, number];
}

/** What the first paint needs of a state: who it is, its statuses over time, where to zoom. */
export interface MapStateSummary {
  /** ISO alpha-3. */
  id: string;
  /** ISO numeric, as the geometry's feature ids spell it. */
  numericId: string;
  name: string;
  /** Other names and codes "Find a state" matches (ISO alpha-2, Türkiye/Turkey, Russian and Chinese names). */
  aliases?: string[];
  statusHistory: MapStatusPeriod[];
  /** The view that frames the state ("zoom to"); absent if the geometry lacks it. */
  view?: MapViewTarget;
}

export interface MapStateInfo extends MapStateSummary {
  capital: MapPlace;
  /** Ids of the sources its status history cites (for an export's source line). */
  sourceIds: string[];
}

/** A figure as its source qualifies it (no source text: that is in the details). */
export interface MapCount {
  value: number;
  max?: number;
  qualifier: Qualifier;
}

interface MapEventBase {
  id: string;
  name: string;
  start: string;
  /** The start at month precision, formatted on the server ("August 2007"): markers are named
   * with it, so the client builds no date formatter to draw the map. */
  month: string;
  end?: string;
  places: MapPlace[];
  /** Ids of every source the record cites (for an export's source line). */
  sourceIds: string[];
}

export interface MapExerciseInfo extends MapEventBase {
  type: 'exercise';
  kind: ExerciseKind;
  hosts: string[];
  participants: string[];
  observers: string[];
  /** Whole-exercise troop totals, one per source. */
  troops: MapCount[];
}

/** One statement's casualty figures (see data/schema.ts, casualtyClaimSchema). */
export interface MapCasualtyClaim {
  killed?: MapCount;
  injured?: MapCount;
  /** ISO3 of the state whose dead and injured are counted; absent when all sides together. */
  side?: string;
  people: CasualtyPeople;
  statedBy: string;
  asOf: string;
}

export interface MapIncidentInfo extends MapEventBase {
  type: 'incident';
  place: string;
  parties: string[];
  /** One entry per statement (a source's figures for one side and kind of people). */
  casualties: MapCasualtyClaim[];
}

export type MapEventInfo = MapExerciseInfo | MapIncidentInfo;

/** A size key of the legend, worked out on the server so the legend needs no scale code. */
export interface MapSizeKey {
  items: { value: number; label: string; r: number }[];
  /** Radius of a marker whose figure no source gives. */
  unknownR: number;
}

/**
 * What the page sends with its HTML (mapData.ts summarizeMapData): enough for the controls, the
 * legend and the year's statuses at first paint. Everything else is MapData, which the client
 * loads from MAP_DATA_URL after first paint.
 */
export interface MapSummary {
  states: MapStateSummary[];
  /** Every exercise and incident id, so that a link's `sel` is checked before the data loads. */
  eventIds: string[];
  minYear: number;
  maxYear: number;
  /** As in MapData. */
  asOfDate: string;
  asOf: number;
  /** The as-of date formatted for the legend ("10 March 2026"), so hydration formats no dates. */
  asOfLabel: string;
  sizeKeys: { troops: MapSizeKey; casualties: MapSizeKey };
}

/** Everything the map shows: the static file MAP_DATA_URL (written at build time). */
export interface MapData {
  states: MapStateInfo[];
  exercises: MapExerciseInfo[];
  incidents: MapIncidentInfo[];
  /** Every ISO alpha-3 the data names → its English name (states, participants, parties). */
  names: Record<string, string>;
  minYear: number;
  maxYear: number;
  /** The data's as-of date (YYYY, YYYY-MM or YYYY-MM-DD) and its last instant (UTC ms): the
   * current year is judged at this instant rather than on 31 December. */
  asOfDate: string;
  asOf: number;
  /** The sources the records cite: enough to write a source line ("TASS (2021)"). */
  sources: { id: string; publisher: string; authors?: string[]; date?: string }[];
  /** The legend's marker sizes: troops and casualties, on the map's own scales. */
  sizeKeys: { troops: MapSizeKey; casualties: MapSizeKey };
}
