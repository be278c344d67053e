/**
 * The points that place joint exercises and border incidents on the map, and the three ways a
 * point is made:
 *
 * - `townPoint`: the GeoNames centre of a town a source names as the place (precision `town`).
 * - `nearTown`: a site no source gave coordinates for, placed at a GeoNames town that a source
 *   ties to the event (precision `approximate`; the basis names the town and the real site).
 * - `atCentroid`: a site with no usable town, placed at its country's centroid from
 *   gavinr/world-countries-centroids (precision `approximate`).
 *
 * Every number here is copied from shared/facts/places.json (GeoNames cities15000, 2012
 * snapshot, and gavinr centroids v1). Nothing is geocoded by us.
 */
import type { Coordinates, Iso3 } from './schema';
import { CENTROIDS, GEONAMES } from './sources';

export interface GazetteerTown {
  /** The name as a reader knows it. */
  name: string;
  lat: number;
  lon: number;
  geonameid: number;
  country: Iso3;
}

/** GeoNames cities15000 (2012) town centres used by exercises and incidents. */
export const TOWNS = {
  almaty: { name: 'Almaty', lat: 43.25654, lon: 76.92848, geonameid: 1526384, country: 'KAZ' },
  bahawalpur: { name: 'Bahawalpur', lat: 29.4, lon: 71.68333, geonameid: 1183880, country: 'PAK' },
  balykchy: { name: 'Balykchy', lat: 42.46017, lon: 76.18709, geonameid: 1527004, country: 'KGZ' },
  bishkek: { name: 'Bishkek', lat: 42.87, lon: 74.59, geonameid: 1528675, country: 'KGZ' },
  chebarkul: { name: 'Chebarkul', lat: 54.9749, lon: 60.3633, geonameid: 1508350, country: 'RUS' },
  isfana: { name: 'Isfana', lat: 39.83856, lon: 69.53058, geonameid: 1222662, country: 'KGZ' },
  isfara: { name: 'Isfara', lat: 40.12648, lon: 70.62526, geonameid: 1514896, country: 'TJK' },
  khabarovsk: { name: 'Khabarovsk', lat: 48.48083, lon: 135.09278, geonameid: 2022890, country: 'RUS' },
  khujand: { name: 'Khujand', lat: 40.28256, lon: 69.62216, geonameid: 1514879, country: 'TJK' },
  kotli: { name: 'Kotli', lat: 33.51667, lon: 73.91667, geonameid: 1173055, country: 'PAK' },
  moscow: { name: 'Moscow', lat: 55.75222, lon: 37.61556, geonameid: 524901, country: 'RUS' },
  muridke: { name: 'Muridke', lat: 31.8025, lon: 74.26167, geonameid: 1169692, country: 'PAK' },
  muzaffarabad: { name: 'Muzaffarabad', lat: 34.37002, lon: 73.47082, geonameid: 1169607, country: 'PAK' },
  orenburg: { name: 'Orenburg', lat: 51.7727, lon: 55.0988, geonameid: 515003, country: 'RUS' },
  poonch: { name: 'Poonch (GeoNames “Punch”)', lat: 33.76788, lon: 74.08974, geonameid: 1167718, country: 'IND' },
  qingdao: { name: 'Qingdao', lat: 36.09861, lon: 120.37194, geonameid: 1797929, country: 'CHN' },
  shymkent: { name: 'Shymkent', lat: 42.3, lon: 69.6, geonameid: 1518980, country: 'KAZ' },
  taonan: { name: 'Taonan', lat: 45.33333, lon: 122.78333, geonameid: 2034497, country: 'CHN' },
  tashkent: { name: 'Tashkent', lat: 41.26465, lon: 69.21627, geonameid: 1512569, country: 'UZB' },
  urumqi: { name: 'Urumqi (GeoNames “Urunchi”)', lat: 43.80096, lon: 87.60046, geonameid: 1529102, country: 'CHN' },
  vladivostok: { name: 'Vladivostok', lat: 43.10562, lon: 131.87353, geonameid: 2013348, country: 'RUS' },
  xiamen: { name: 'Xiamen', lat: 24.47979, lon: 118.08187, geonameid: 1790645, country: 'CHN' },
} as const satisfies Record<string, GazetteerTown>;

interface Centroid {
  country: string;
  lat: number;
  lon: number;
}

/** Centroid of each country's largest land mass (gavinr/world-countries-centroids v1). */
export const CENTROID = {
  CHN: { country: 'China', lat: 38.07325, lon: 104.69114 },
  IRN: { country: 'Iran', lat: 32.90602, lon: 54.23708 },
  KAZ: { country: 'Kazakhstan', lat: 47.64147, lon: 66.37592 },
  KGZ: { country: 'Kyrgyzstan', lat: 41.35699, lon: 74.17533 },
  PAK: { country: 'Pakistan', lat: 30.11619, lon: 69.08835 },
  UZB: { country: 'Uzbekistan', lat: 41.48791, lon: 63.85483 },
} as const satisfies Partial<Record<Iso3, Centroid>>;

function geonamesRef(town: GazetteerTown) {
  return { sourceId: GEONAMES, locator: `geonameid ${town.geonameid}` };
}

/** The town itself: a source names it as where the event took place. */
export function townPoint(town: GazetteerTown): Coordinates {
  return {
    lat: town.lat,
    lon: town.lon,
    precision: 'town',
    basis: `GeoNames town centre of ${town.name}`,
    source: geonamesRef(town),
  };
}

/**
 * A site without coordinates, placed at a gazetteer town. `basis` must say why that town
 * (what ties it to the event) and that the real site is not known.
 */
export function nearTown(town: GazetteerTown, basis: string): Coordinates {
  return { lat: town.lat, lon: town.lon, precision: 'approximate', basis, source: geonamesRef(town) };
}

/** An incident site that is not in the gazetteer, shown at the nearest gazetteer town. */
export function incidentProxy(town: GazetteerTown, why?: string): Coordinates {
  const reason = why === undefined ? '' : ` (${why})`;
  return nearTown(
    town,
    `proxy: nearest gazetteer town ${town.name}${reason}; the incident site is not in the gazetteer`,
  );
}

/** A site with no usable town, placed at its country's centroid. `site` names the real place. */
export function atCentroid(iso: keyof typeof CENTROID, site: string): Coordinates {
  const c = CENTROID[iso];
  return {
    lat: c.lat,
    lon: c.lon,
    precision: 'approximate',
    basis: `approximated from the centroid of ${c.country} (gavinr/world-countries-centroids); the real site (${site}) is not known`,
    source: { sourceId: CENTROIDS, locator: `row for ${c.country}` },
  };
}
