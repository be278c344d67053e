/**
 * Builds the map's geometry, public/geo/region.topo.json, from Natural Earth's 1:50m countries
 * (world-atlas 2.0.2): 1:50m because 1:110m drops the Maldives and Bahrain.
 *
 * 1. Every country is projected with the map's own projection (components/map/projection.ts)
 *    and clipped to the map frame plus a margin, so the file holds screen-space geometry in the
 *    map's viewBox units: the client only draws it, never re-projects it.
 * 2. Islands smaller than MIN_RING_AREA are dropped (a country's largest ring is always kept,
 *    so small states such as the Maldives and Bahrain stay).
 * 3. Shared borders become shared arcs (topojson-server), simplified by Visvalingam area
 *    (topojson-simplify) to SIMPLIFY_AREA, then quantized to QUANTUM of a viewBox unit.
 *
 * Features keep their ISO 3166-1 numeric id (as world-atlas spells it) and their name.
 *
 * Run it directly (`npx tsx scripts/build-geometry.ts [outFile]`) or call buildGeometry()
 * from scripts/prebuild.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoPath, type GeoContext } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { createProjection, MAP_HEIGHT, MAP_WIDTH } from '../components/map/projection';
import { GEOMETRY_OBJECT as OBJECT_NAME } from '../components/map/regionGeometry';
import { ISO_NUMERIC } from '../data/iso3';

const DATASET_IDS: ReadonlySet<string> = new Set(Object.values(ISO_NUMERIC));

const ROOT = join(__dirname, '..');
const SOURCE = join(ROOT, 'node_modules', 'world-atlas', 'countries-50m.json');
export const DEFAULT_OUT_FILE = join(ROOT, 'public', 'geo', 'region.topo.json');

/** Geometry beyond the frame by this much (viewBox units) is cut: strokes never show the cut. */
const CLIP_MARGIN = 6;
/** Islands and holes smaller than this (square viewBox units) are dropped. */
const MIN_RING_AREA = 0.6;
/** Visvalingam threshold: points whose triangle is smaller than this (square units) go. */
const SIMPLIFY_AREA = 0.2;
/** Borders and coasts that touch none of the datasets' states are simplified this much more. */
const CONTEXT_SIMPLIFY_FACTOR = 3;
/** Countries outside the datasets whose largest ring is smaller than this (square units) are
 * dropped (microstates that would be specks); the datasets' own states are always kept. */
const MIN_CONTEXT_COUNTRY_AREA = 2;
/** Coordinates are rounded to this fraction of a viewBox unit (0.125 px at 1000 px wide). */
const QUANTUM = 0.25;

type Ring = Position[];
interface CountryProps {
  name: string;
}

/** Records the rings d3 draws for a feature (already projected and clipped). */
function ringRecorder(): GeoContext & { rings: Ring[] } {
  const rings: Ring[] = [];
  let current: Ring | undefined;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    rings,
    beginPath() {
      current = undefined;
    },
    moveTo(x, y) {
      current = [[round(x), round(y)]];
      rings.push(current);
    },
    lineTo(x, y) {
      current?.push([round(x), round(y)]);
    },
    closePath() {
      const first = current?.[0];
      if (current && first) current.push([first[0] ?? 0, first[1] ?? 0]);
      current = undefined;
    },
    arc() {
      // Points are not drawn: countries are polygons.
    },
  };
}

function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

function contains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A point safely inside the ring's area near its first edge, for nesting tests. */
function probe(ring: Ring): [number, number] {
  const [x0 = 0, y0 = 0] = ring[0] ?? [];
  const [x1 = 0, y1 = 0] = ring[1] ?? [];
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

/**
 * Turns drawn rings into polygons: a ring nested inside an odd number of the feature's other
 * rings is a hole of the smallest ring that holds it. Tiny rings are dropped, except the
 * feature's largest.
 */
function ringsToPolygons(rings: Ring[]): Position[][][] {
  const usable = rings.filter((r) => r.length >= 4);
  if (usable.length === 0) return [];
  const areas = usable.map((r) => Math.abs(signedArea(r)));
  const largest = areas.indexOf(Math.max(...areas));
  const kept = usable
    .map((ring, i) => ({ ring, area: areas[i] ?? 0, i }))
    .filter((r) => r.i === largest || r.area >= MIN_RING_AREA);

  const depth = kept.map(({ ring, i }) => {
    const [x, y] = probe(ring);
    return kept.filter((o) => o.i !== i && o.area > (areas[i] ?? 0) && contains(o.ring, x, y)).length;
  });

  const polygons: { outer: (typeof kept)[number]; holes: Ring[] }[] = [];
  kept.forEach((r, k) => {
    if ((depth[k] ?? 0) % 2 === 0) polygons.push({ outer: r, holes: [] });
  });
  kept.forEach((r, k) => {
    if ((depth[k] ?? 0) % 2 === 0) return;
    const [x, y] = probe(r.ring);
    const owner = polygons
      .filter((p) => p.outer.area > r.area && contains(p.outer.ring, x, y))
      .sort((a, b) => a.outer.area - b.outer.area)[0];
    owner?.holes.push(r.ring);
  });
  return polygons.map((p) => [p.outer.ring, ...p.holes]);
}

/** Every arc index a TopoJSON geometry's `arcs` holds (negative indices are reversed arcs). */
function collectArcs(arcs: unknown, out: Set<number>): void {
  if (typeof arcs === 'number') out.add(arcs < 0 ? ~arcs : arcs);
  else if (Array.isArray(arcs)) for (const a of arcs) collectArcs(a, out);
}

/** Divides the removal weight of points on arcs no dataset state uses, so that they simplify
 * CONTEXT_SIMPLIFY_FACTOR times harder than the states the map is about. */
function deemphasiseContextArcs(topo: Topology): void {
  const object = topo.objects[OBJECT_NAME];
  if (object?.type !== 'GeometryCollection') return;
  const ours = new Set<number>();
  for (const g of object.geometries) {
    if (g.id !== undefined && DATASET_IDS.has(String(g.id)) && 'arcs' in g) collectArcs(g.arcs, ours);
  }
  topo.arcs.forEach((arc, i) => {
    if (ours.has(i)) return;
    for (const point of arc) {
      const weight = point[2];
      if (weight !== undefined && Number.isFinite(weight)) point[2] = weight / CONTEXT_SIMPLIFY_FACTOR;
    }
  });
}

function isCountriesTopology(value: unknown): value is Topology<{ countries: GeometryCollection<CountryProps> }> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return v.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

/** The projected, clipped, simplified and quantized topology (not yet written). */
export function buildRegionTopology(): Topology {
  const parsed: unknown = JSON.parse(readFileSync(SOURCE, 'utf8'));
  if (!isCountriesTopology(parsed)) throw new Error(`${SOURCE} is not a world-atlas countries topology`);
  const world = feature(parsed, parsed.objects.countries);

  const projection = createProjection()
    .precision(0)
    .clipExtent([
      [-CLIP_MARGIN, -CLIP_MARGIN],
      [MAP_WIDTH + CLIP_MARGIN, MAP_HEIGHT + CLIP_MARGIN],
    ]);

  const projected: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  for (const f of world.features) {
    const recorder = ringRecorder();
    geoPath(projection, recorder)(f);
    const polygons = ringsToPolygons(recorder.rings);
    if (polygons.length === 0) continue;
    const inDatasets = f.id !== undefined && DATASET_IDS.has(String(f.id));
    const largestRing = Math.max(...polygons.map((p) => Math.abs(signedArea(p[0] ?? []))));
    if (!inDatasets && largestRing < MIN_CONTEXT_COUNTRY_AREA) continue;
    const [only] = polygons;
    projected.push({
      type: 'Feature',
      ...(f.id === undefined ? {} : { id: f.id }),
      properties: { name: f.properties.name },
      geometry: polygons.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polygons },
    });
  }

  const collection: FeatureCollection<Polygon | MultiPolygon, CountryProps> = { type: 'FeatureCollection', features: projected };
  const topo = presimplify(topology({ [OBJECT_NAME]: collection }), planarTriangleArea);
  deemphasiseContextArcs(topo);
  const simplified = simplify(topo, SIMPLIFY_AREA);
  const [x0 = 0, y0 = 0] = simplified.bbox ?? [];
  return quantize(simplified, { scale: [QUANTUM, QUANTUM], translate: [x0, y0] });
}

/** Builds the geometry and writes it to `outFile`; returns its size raw and gzipped. */
export async function buildGeometry(outFile: string = DEFAULT_OUT_FILE): Promise<{ bytes: number; gzipBytes: number }> {
  const json = JSON.stringify(buildRegionTopology());
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  const bytes = Buffer.byteLength(json);
  const gzipBytes = gzipSync(json, { level: 9 }).length;
  return { bytes, gzipBytes };
}

// Run directly (`npx tsx scripts/build-geometry.ts`), not when imported by prebuild or a test.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  const out = process.argv[2] ?? DEFAULT_OUT_FILE;
  buildGeometry(out)
    .then(({ bytes, gzipBytes }) => {
      console.log(`Wrote ${out}: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzip.`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
