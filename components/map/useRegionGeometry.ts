'use client';
/**
 * Loads the shipped geometry (/geo/region.topo.json) with React Query and turns it, once, into
 * react-simple-maps geographies with their SVG paths already computed. The geometry is in the
 * map's viewBox units, so the paths need no projection; a year change later only swaps fills.
 *
 * The features and their paths are made in slices of a few milliseconds that yield to the
 * browser between them (after parsing, too), so preparing the map never blocks input for long on
 * a slow phone.
 */
import { useQuery } from '@tanstack/react-query';
import { siteQueryClient } from '@/lib/queryClient';
import { geoPath } from 'd3-geo';
import type { GeographyProps } from 'react-simple-maps';
import { countryFeature, countryFeatures, countryGeometries, GEOMETRY_URL, isRegionTopology, numericIdOf, type CountryFeature, type RegionTopology } from './regionGeometry';

/** react-simple-maps' geography object: a GeoJSON feature with `rsmKey` and `svgPath`. */
type RsmGeography = GeographyProps['geography'];

export interface MapGeography {
  /** The object react-simple-maps' <Geography> draws (svgPath precomputed). */
  geography: RsmGeography;
  numericId: string | null;
  name: string;
  /** Area on screen at zoom 1 (square viewBox units): tiny states get a symbol too. */
  area: number;
  /** Bounding box in viewBox units. */
  bounds: [[number, number], [number, number]];
}

/** Work on the geometry for at most this long before yielding to the browser. */
const SLICE_MS = 8;

function toMapGeography(f: CountryFeature, i: number, path: ReturnType<typeof geoPath>): MapGeography {
  const numericId = numericIdOf(f);
  const [[x0, y0], [x1, y1]] = path.bounds(f);
  return {
    geography: { ...f, rsmKey: `geo-${numericId ?? 'x'}-${i}`, svgPath: path(f) },
    numericId,
    name: f.properties.name,
    area: path.area(f),
    bounds: [
      [x0, y0],
      [x1, y1],
    ],
  };
}

/** All geographies at once (tests, scripts). */
export function toMapGeographies(topology: RegionTopology): MapGeography[] {
  const path = geoPath().digits(2);
  return countryFeatures(topology).map((f, i) => toMapGeography(f, i, path));
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function fetchGeographies(): Promise<MapGeography[]> {
  const response = await fetch(GEOMETRY_URL);
  if (!response.ok) throw new Error(`${GEOMETRY_URL}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!isRegionTopology(json)) throw new Error(`${GEOMETRY_URL} is not the map's region topology`);
  const path = geoPath().digits(2);
  const out: MapGeography[] = [];
  let slice = -Infinity;
  for (const geometry of countryGeometries(json)) {
    if (performance.now() - slice > SLICE_MS) {
      await yieldToBrowser();
      slice = performance.now();
    }
    const f = countryFeature(json, geometry);
    if (f) out.push(toMapGeography(f, out.length, path));
  }
  return out;
}

export function useRegionGeometry() {
  const query = useQuery({ queryKey: ['map', 'region-geographies'], queryFn: fetchGeographies, staleTime: Infinity }, siteQueryClient());
  return { geographies: query.data, error: query.error, isLoading: query.isLoading };
}
