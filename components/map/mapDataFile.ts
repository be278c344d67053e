/**
 * The static file that holds everything the map shows (MapData, written at build time by
 * app/map-data.json/route.ts) and its check at the boundary: parsed JSON is narrowed, never
 * assumed. Pure; useMapData.ts loads it.
 */
import type { MapData } from './types';

export const MAP_DATA_URL = '/map-data.json';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasIdsAndPlaces(v: unknown, type: 'exercise' | 'incident'): boolean {
  return isObject(v) && v.type === type && typeof v.id === 'string' && typeof v.name === 'string' && typeof v.start === 'string' && Array.isArray(v.places) && Array.isArray(v.sourceIds);
}

function isStateInfo(v: unknown): boolean {
  return isObject(v) && typeof v.id === 'string' && typeof v.name === 'string' && Array.isArray(v.statusHistory) && isObject(v.capital) && Array.isArray(v.sourceIds);
}

/** Narrows parsed JSON to MapData: the lists and records the map reads, with their ids. */
export function isMapData(value: unknown): value is MapData {
  if (!isObject(value)) return false;
  const { states, exercises, incidents, names, sources } = value;
  return (
    Array.isArray(states) &&
    states.every(isStateInfo) &&
    Array.isArray(exercises) &&
    exercises.every((e) => hasIdsAndPlaces(e, 'exercise')) &&
    Array.isArray(incidents) &&
    incidents.every((i) => hasIdsAndPlaces(i, 'incident')) &&
    isObject(names) &&
    Array.isArray(sources) &&
    typeof value.asOf === 'number' &&
    typeof value.asOfDate === 'string'
  );
}

export async function fetchMapData(): Promise<MapData> {
  const response = await fetch(MAP_DATA_URL);
  if (!response.ok) throw new Error(`${MAP_DATA_URL}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!isMapData(json)) throw new Error(`${MAP_DATA_URL} is not the map's data`);
  return json;
}
