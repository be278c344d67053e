/**
 * The built geometry says what the map's boundaries note says it shows, and keeps every state
 * the data names (small ones too). Builds the topology in memory (a few seconds).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ISO_NUMERIC } from '@/data/iso3';
import { buildRegionTopology } from '@/scripts/build-geometry';
import { createProjection } from './projection';
import { countryFeatures, isRegionTopology, numericIdOf, type CountryFeature } from './regionGeometry';
import { TINY_AREA } from './StateLayer';
import { toMapGeographies, type MapGeography } from './useRegionGeometry';

let features: CountryFeature[] = [];
let geographies: MapGeography[] = [];
const projection = createProjection();

beforeAll(() => {
  const topology = buildRegionTopology();
  if (!isRegionTopology(topology)) throw new Error('not the region topology');
  features = countryFeatures(topology);
  geographies = toMapGeographies(topology);
}, 60_000);

function inRing(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Name and numeric id of the feature that holds [lon, lat]. */
function holder(lon: number, lat: number): { id: string | null; name: string } | undefined {
  const p = projection([lon, lat]);
  if (!p) return undefined;
  const f = features.find((feature) => {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    return polygons.some(([outer, ...holes]) => outer !== undefined && inRing(outer, p[0], p[1]) && !holes.some((h) => inRing(h, p[0], p[1])));
  });
  return f ? { id: numericIdOf(f), name: f.properties.name } : undefined;
}

describe('what the boundaries note says the geometry shows', () => {
  it('divides Kashmir along the Line of Control', () => {
    expect(holder(74.8, 34.08)?.id).toBe(ISO_NUMERIC.IND); // Srinagar
    expect(holder(73.47, 34.37)?.id).toBe(ISO_NUMERIC.PAK); // Muzaffarabad
    expect(holder(74.31, 35.92)?.id).toBe(ISO_NUMERIC.PAK); // Gilgit
  });
  it('draws the Siachen Glacier as an area of its own, with no ISO code', () => {
    expect(holder(77.1, 35.4)).toEqual({ id: null, name: 'Siachen Glacier' });
  });
  it('draws Aksai Chin in China and Arunachal Pradesh in India', () => {
    expect(holder(79.2, 35.0)?.id).toBe(ISO_NUMERIC.CHN);
    expect(holder(93.6, 27.1)?.id).toBe(ISO_NUMERIC.IND); // Itanagar
  });
  it('draws Crimea in Russia', () => {
    expect(holder(34.1, 44.95)?.id).toBe(ISO_NUMERIC.RUS);
  });
});

describe('states the data names', () => {
  it('are all in the geometry, each with a drawable path', () => {
    for (const [iso3, numeric] of Object.entries(ISO_NUMERIC)) {
      const g = geographies.find((x) => x.numericId === numeric);
      expect(g?.geography.svgPath, iso3).toBeTruthy();
    }
  });
  it('marks the Maldives and Bahrain as too small to see, so the map adds a symbol for them', () => {
    for (const numeric of [ISO_NUMERIC.MDV, ISO_NUMERIC.BHR]) {
      const g = geographies.find((x) => x.numericId === numeric);
      expect(g).toBeDefined();
      expect(g?.area ?? Infinity).toBeLessThan(TINY_AREA);
    }
    const india = geographies.find((x) => x.numericId === ISO_NUMERIC.IND);
    expect(india?.area ?? 0).toBeGreaterThan(TINY_AREA);
  });
});
