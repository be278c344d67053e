'use client';
/**
 * Loads the shipped geometry (/geo/region.topo.json) with React Query and turns it, once, into
 * react-simple-maps geographies with their SVG paths already computed. The geometry is in the
 * map's viewBox units, so the paths need no projection; a year change later only swaps fills.
 */
import { useQuery } from '@tanstack/react-query';
import { geoPath } from 'd3-geo';
import { useMemo } from 'react';
import type { GeographyProps } from 'react-simple-maps';
import { countryFeatures, GEOMETRY_URL, isRegionTopology, numericIdOf, type RegionTopology } from './regionGeometry';

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
  /** Centre of the bounding box, for a tiny state's symbol. */
  centroid: [number, number];
}

async function fetchTopology(): Promise<RegionTopology> {
  const response = await fetch(GEOMETRY_URL);
  if (!response.ok) throw new Error(`${GEOMETRY_URL}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!isRegionTopology(json)) throw new Error(`${GEOMETRY_URL} is not the map's region topology`);
  return json;
}

export function toMapGeographies(topology: RegionTopology): MapGeography[] {
  const path = geoPath().digits(2);
  return countryFeatures(topology).map((f, i) => {
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
      centroid: path.centroid(f),
    };
  });
}

export function useRegionGeometry() {
  const query = useQuery({ queryKey: ['map', 'region-geometry'], queryFn: fetchTopology, staleTime: Infinity });
  const geographies = useMemo(() => (query.data ? toMapGeographies(query.data) : undefined), [query.data]);
  return { geographies, error: query.error, isLoading: query.isLoading };
}
