/**
 * The shipped geometry (public/geo/region.topo.json, built by scripts/build-geometry.ts): its
 * URL, its shape, and its conversion to GeoJSON features. Coordinates are already projected
 * into the map's viewBox, so features are drawn with a plain `geoPath()` (no projection).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const GEOMETRY_URL = '/geo/region.topo.json';
/** The TopoJSON object that holds the countries. */
export const GEOMETRY_OBJECT = 'countries';

export interface CountryProperties {
  name: string;
}
export type RegionTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

/** Narrows parsed JSON to the topology the build writes (checked at the boundary, not assumed). */
export function isRegionTopology(value: unknown): value is RegionTopology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; arcs?: unknown; objects?: Record<string, { type?: unknown; geometries?: unknown } | undefined> };
  const countries = v.objects?.[GEOMETRY_OBJECT];
  return v.type === 'Topology' && Array.isArray(v.arcs) && countries?.type === 'GeometryCollection' && Array.isArray(countries.geometries);
}

function isCountryFeature(f: Feature): f is CountryFeature {
  const type = f.geometry?.type;
  const name: unknown = f.properties?.name;
  return (type === 'Polygon' || type === 'MultiPolygon') && typeof name === 'string';
}

/** The countries as GeoJSON features; ids are ISO 3166-1 numeric strings ("417") or absent. */
export function countryFeatures(topology: RegionTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features.filter(isCountryFeature);
}

/** The topology's country geometries, to be turned into features a few at a time. */
export function countryGeometries(topology: RegionTopology): RegionTopology['objects']['countries']['geometries'] {
  return topology.objects.countries.geometries;
}

/** One country geometry as a GeoJSON feature (as countryFeatures gives it), or null if it is not one. */
export function countryFeature(topology: RegionTopology, geometry: RegionTopology['objects']['countries']['geometries'][number]): CountryFeature | null {
  const f = feature(topology, geometry);
  return f.type === 'Feature' && isCountryFeature(f) ? f : null;
}

/** A feature's ISO numeric id, or null for the few areas Natural Earth gives none (Siachen). */
export function numericIdOf(f: Feature): string | null {
  return f.id === undefined ? null : String(f.id);
}
