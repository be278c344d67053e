/**
 * The map's view as URL query parameters, and back. Pure: no DOM, no React.
 *
 *   /?year=2017&layers=members,exercises&kinds=military&focus=KGZ&sel=peace-mission-2007&z=2.5&c=70.5,42.1&view=list
 *
 * Parsing never throws: an unknown, malformed or hostile value falls back to its default
 * (`year=abc`, `year=99999`, `layers=<script>`, `focus=../../etc`, `z=1e309` all give defaults).
 * Serialising omits values equal to their default, except `year`, which is always written so
 * that a shared link keeps its year when the current year moves on.
 */
import type { ExerciseKind } from '@/data/schema';
import { REGION_BOUNDS } from '@/data/region';

export const MAP_LAYER = {
  members: 'members',
  exercises: 'exercises',
  incidents: 'incidents',
  capitals: 'capitals',
} as const;
export type MapLayer = (typeof MAP_LAYER)[keyof typeof MAP_LAYER];
export const ALL_LAYERS: readonly MapLayer[] = Object.values(MAP_LAYER);
/** Every exercise kind, in display order. (A Record, so a new kind in data/schema.ts fails the
 * type check here; and a type-only import, so the client bundle does not pull in zod.) */
const KIND_ORDER: Record<ExerciseKind, number> = { military: 0, lawEnforcement: 1, cyber: 2, borderOperation: 3 };
export const ALL_KINDS: readonly ExerciseKind[] = (Object.keys(KIND_ORDER) as ExerciseKind[]).sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);

export const MAP_DISPLAY = { map: 'map', list: 'list' } as const;
export type MapDisplay = (typeof MAP_DISPLAY)[keyof typeof MAP_DISPLAY];

/** Zoom is a scale factor of the whole-region view. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** The query parameters the map owns; everything else in the URL belongs to someone else. */
export const MAP_PARAM = {
  year: 'year',
  layers: 'layers',
  kinds: 'kinds',
  focus: 'focus',
  sel: 'sel',
  zoom: 'z',
  center: 'c',
  view: 'view',
} as const;
export type MapParam = (typeof MAP_PARAM)[keyof typeof MAP_PARAM];
export const MAP_PARAMS: readonly MapParam[] = Object.values(MAP_PARAM);

/** Written for an empty layer or kind set (an absent parameter means "all"). */
export const NONE = 'none';

export interface MapViewState {
  year: number;
  /** In ALL_LAYERS order. */
  layers: readonly MapLayer[];
  /** In ALL_KINDS order. */
  kinds: readonly ExerciseKind[];
  /** The highlighted state (ISO 3166-1 alpha-3). */
  focus: string | null;
  /** The selected exercise or incident id. */
  sel: string | null;
  zoom: number;
  /** [lon, lat] of the view's centre; null for the whole region (always null at zoom 1). */
  center: readonly [number, number] | null;
  view: MapDisplay;
}

/** What parsing needs to know about the data: the year range and the ids that exist. */
export interface MapUrlContext {
  minYear: number;
  maxYear: number;
  /** The year shown when the URL names none (the latest). */
  defaultYear: number;
  stateIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
}

/** Anything with URLSearchParams' `get` (Next's ReadonlyURLSearchParams included). */
export interface ParamReader {
  get(name: string): string | null;
}

export function defaultViewState(ctx: MapUrlContext): MapViewState {
  return {
    year: ctx.defaultYear,
    layers: ALL_LAYERS,
    kinds: ALL_KINDS,
    focus: null,
    sel: null,
    zoom: MIN_ZOOM,
    center: null,
    view: MAP_DISPLAY.map,
  };
}

const MAX_PARAM_LENGTH = 200;

function read(params: ParamReader, name: MapParam): string | null {
  const v = params.get(name);
  return v === null || v.length > MAX_PARAM_LENGTH ? null : v.trim();
}

function parseYear(raw: string | null, ctx: MapUrlContext): number {
  if (raw === null || !/^\d{4}$/.test(raw)) return ctx.defaultYear;
  const year = Number(raw);
  return year >= ctx.minYear && year <= ctx.maxYear ? year : ctx.defaultYear;
}

/** A comma list of known tokens, in canonical order; `none` is the empty set. */
function parseSet<T extends string>(raw: string | null, all: readonly T[]): readonly T[] {
  if (raw === null) return all;
  if (raw === NONE) return [];
  const tokens = new Set(raw.split(',').map((t) => t.trim()));
  const picked = all.filter((t) => tokens.has(t));
  return picked.length > 0 ? picked : all;
}

/** A plain decimal number (no exponent, no hex, no Infinity). */
function parseDecimal(raw: string): number | undefined {
  if (!/^-?\d{1,4}(\.\d{1,6})?$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

function parseZoom(raw: string | null): number {
  if (raw === null) return MIN_ZOOM;
  const z = parseDecimal(raw);
  return z !== undefined && z >= MIN_ZOOM && z <= MAX_ZOOM ? z : MIN_ZOOM;
}

/** The centres a view may have: the region with a margin (170°W is Chukotka's east cape). */
export function isCenterInRegion(lon: number, lat: number): boolean {
  const inLat = lat >= REGION_BOUNDS.south - 5 && lat <= REGION_BOUNDS.north;
  const inLon = (lon >= REGION_BOUNDS.west - 10 && lon <= REGION_BOUNDS.east) || (lon >= -180 && lon <= -165);
  return inLat && inLon;
}

function parseCenter(raw: string | null): readonly [number, number] | null {
  if (raw === null) return null;
  const parts = raw.split(',');
  if (parts.length !== 2) return null;
  const lon = parseDecimal(parts[0] ?? '');
  const lat = parseDecimal(parts[1] ?? '');
  if (lon === undefined || lat === undefined || !isCenterInRegion(lon, lat)) return null;
  return [lon, lat];
}

export function parseMapViewState(params: ParamReader, ctx: MapUrlContext): MapViewState {
  const focusRaw = read(params, MAP_PARAM.focus)?.toUpperCase() ?? null;
  const selRaw = read(params, MAP_PARAM.sel);
  const zoom = parseZoom(read(params, MAP_PARAM.zoom));
  return {
    year: parseYear(read(params, MAP_PARAM.year), ctx),
    layers: parseSet(read(params, MAP_PARAM.layers), ALL_LAYERS),
    kinds: parseSet(read(params, MAP_PARAM.kinds), ALL_KINDS),
    focus: focusRaw !== null && ctx.stateIds.has(focusRaw) ? focusRaw : null,
    sel: selRaw !== null && ctx.eventIds.has(selRaw) ? selRaw : null,
    zoom,
    center: zoom > MIN_ZOOM ? parseCenter(read(params, MAP_PARAM.center)) : null,
    view: read(params, MAP_PARAM.view) === MAP_DISPLAY.list ? MAP_DISPLAY.list : MAP_DISPLAY.map,
  };
}

/** Two decimals: about a kilometre of centre, a hundredth of zoom. */
function round2(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

function serializeSet<T extends string>(values: readonly T[], all: readonly T[]): string | null {
  if (values.length === 0) return NONE;
  const ordered = all.filter((t) => values.includes(t));
  return ordered.length === all.length ? null : ordered.join(',');
}

/**
 * Each map parameter's value, or null where it is the default (to be removed from the URL).
 * Feed it to lib/searchParams.ts setSearchParams.
 */
export function serializeMapViewState(state: MapViewState): Record<MapParam, string | null> {
  const zoomed = state.zoom > MIN_ZOOM + 0.005;
  return {
    year: String(state.year),
    layers: serializeSet(state.layers, ALL_LAYERS),
    kinds: serializeSet(state.kinds, ALL_KINDS),
    focus: state.focus,
    sel: state.sel,
    z: zoomed ? round2(state.zoom) : null,
    c: zoomed && state.center ? `${round2(state.center[0])},${round2(state.center[1])}` : null,
    view: state.view === MAP_DISPLAY.list ? MAP_DISPLAY.list : null,
  };
}

/** The query string (without "?") of a view, parameters in MAP_PARAMS order. */
export function mapViewQuery(state: MapViewState): string {
  const values = serializeMapViewState(state);
  const params = new URLSearchParams();
  for (const key of MAP_PARAMS) {
    const v = values[key];
    if (v !== null) params.set(key, v);
  }
  return params.toString();
}

/** True when two views would write the same URL. */
export function sameMapView(a: MapViewState, b: MapViewState): boolean {
  return mapViewQuery(a) === mapViewQuery(b);
}
