/**
 * Build-time reads of the shipped geometry, for server components only (uses node:fs):
 * the static outline's paths, the countries' names, and the view that frames each state (for
 * "zoom to" from the search box, without the client needing the geometry).
 *
 * public/geo/region.topo.json is written by scripts/build-geometry.ts (run by
 * scripts/prebuild.ts before every build; run it by hand for the dev server).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoPath } from 'd3-geo';
import { CompactPath } from './compactPath';
import { presimplify, simplify } from 'topojson-simplify';
import { createProjection, MAP_HEIGHT, MAP_WIDTH } from './projection';
import { countryFeatures, GEOMETRY_URL, isRegionTopology, numericIdOf, type CountryFeature, type RegionTopology } from './regionGeometry';
import { fitBounds } from './viewport';

/** The static outline drops detail below this many square viewBox units: it is a first paint,
 * replaced by the full geometry within a second, and it is sent twice (HTML and RSC payload). */
const OUTLINE_SIMPLIFY_AREA = 3;

let cached: { topology: RegionTopology; features: CountryFeature[] } | undefined;

function load(): { topology: RegionTopology; features: CountryFeature[] } {
  if (cached) return cached;
  const file = join(process.cwd(), 'public', GEOMETRY_URL);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Map geometry ${file} is missing or unreadable: run \`npx tsx scripts/prebuild.ts\` (or scripts/build-geometry.ts). ${String(error)}`);
  }
  if (!isRegionTopology(parsed)) throw new Error(`${file} is not the map's region topology`);
  cached = { topology: parsed, features: countryFeatures(parsed) };
  return cached;
}

export interface OutlinePath {
  numericId: string | null;
  /** Whole-pixel path data in relative steps (compactPath.ts). */
  d: string;
}

/** Every country as short whole-pixel SVG path data, simplified for the first paint. */
export function outlinePaths(): OutlinePath[] {
  const { topology } = load();
  const coarse = simplify(presimplify(topology), OUTLINE_SIMPLIFY_AREA);
  return countryFeatures(coarse).flatMap((f) => {
    const out = new CompactPath();
    geoPath(null, out)(f);
    const d = out.result();
    return d ? [{ numericId: numericIdOf(f), d }] : [];
  });
}

/** Country names by ISO numeric id. */
export function featureNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const f of load().features) {
    const id = numericIdOf(f);
    if (id !== null) names[id] = f.properties.name;
  }
  return names;
}

export interface ViewTarget {
  zoom: number;
  center: [number, number];
}

/** For each ISO numeric id, the zoom and [lon, lat] centre that frame the country. */
export function viewTargets(numericIds: readonly string[]): Record<string, ViewTarget> {
  const wanted = new Set(numericIds);
  const projection = createProjection();
  const path = geoPath();
  const out: Record<string, ViewTarget> = {};
  for (const f of load().features) {
    const id = numericIdOf(f);
    if (id === null || !wanted.has(id)) continue;
    const { zoom, center } = fitBounds(path.bounds(f), MAP_WIDTH, MAP_HEIGHT);
    const lonLat = projection.invert?.(center);
    if (lonLat) out[id] = { zoom: Math.round(zoom * 100) / 100, center: [Math.round(lonLat[0] * 100) / 100, Math.round(lonLat[1] * 100) / 100] };
  }
  return out;
}
