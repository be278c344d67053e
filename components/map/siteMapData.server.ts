/**
 * The site's map data, selected once per build from data/ and the shipped geometry: the page
 * sends its summary with the HTML, and app/map-data.json serves the whole of it as a static file
 * (MAP_DATA_URL) that the explorer loads after first paint. Server only (reads the geometry).
 */
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { ISO_NUMERIC } from '@/data/iso3';
import { DATA_AS_OF } from '@/data/meta';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { featureNames, viewTargets } from './geometry.server';
import { selectMapData } from './mapData';
import type { MapData } from './types';

let cached: MapData | undefined;

export function siteMapData(): MapData {
  cached ??= selectMapData({
    states,
    exercises,
    incidents,
    asOfDate: DATA_AS_OF,
    sources,
    currentYear: new Date().getUTCFullYear(),
    featureNames: featureNames(),
    viewTargets: viewTargets(Object.values(ISO_NUMERIC)),
  });
  return cached;
}
