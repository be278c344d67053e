/**
 * The static file that holds everything the map shows (MapData, written at build time by
 * app/map-data.json/route.ts, and in Russian and Chinese by app/[lang]/map-data.json/route.ts)
 * and its check at the boundary: parsed JSON is narrowed, never assumed. Pure; useMapData.ts
 * loads it.
 */
import type { SiteLocale } from '@/lib/messages/locales';
import { files } from '@/lib/paths';
import type { MapData } from './types';

export const MAP_DATA_URL = files.mapData('en');

/** The map's data in `locale`'s names and dates: `/map-data.json`, `/ru/map-data.json`, … */
export const mapDataUrl = (locale: SiteLocale): string => files.mapData(locale);

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

export async function fetchMapData(locale: SiteLocale): Promise<MapData> {
  const url = mapDataUrl(locale);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!isMapData(json)) throw new Error(`${url} is not the map's data`);
  return json;
}
