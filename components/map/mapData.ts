/**
 * Server side: selects from the datasets what the map needs and nothing more (see types.ts).
 * At build time selectMapData() becomes the static file MAP_DATA_URL (app/map-data.json), and
 * the page passes only its summary (summarizeMapData) to the client with the HTML.
 */
import { ISO_NUMERIC } from '@/data/iso3';
import type { Count, Exercise, Incident, Location, Source, State } from '@/data/schema';
import { dateBounds } from '@/data/validate';
import { formatNumber, formatPartialDate } from '@/lib/format';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { stateName } from '@/lib/messages/stateNames';
import { FIRST_YEAR } from '@/lib/memberStatus';
import { monthOf } from './mapLabels';
import { casualtyFigure } from '@/lib/casualties';
import { stateAliases } from './stateAliases';
import { troopFigure } from './mapModel';
import { radiusScale, sizeKeyValues, UNKNOWN_RADIUS } from './markerScale';
import type { MapCount, MapData, MapExerciseInfo, MapIncidentInfo, MapPlace, MapSizeKey, MapStateInfo, MapSummary, MapViewTarget } from './types';
import { compareIds } from '@/lib/compareIds';

/** Every `sourceId` a record cites, anywhere in it, once each, in order. */
export function citedSourceIds(record: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'sourceId' && typeof x === 'string') out.add(x);
        else walk(x);
      }
    }
  };
  walk(record);
  return [...out];
}

export interface MapDataInput {
  states: readonly State[];
  exercises: readonly Exercise[];
  incidents: readonly Incident[];
  /** The data's as-of date (data/meta.ts DATA_AS_OF). */
  asOfDate: string;
  /** The year the slider ends at: the current year when the site is built. */
  currentYear: number;
  /** The bibliography (data/sources): ids resolve to publisher and date for source lines. */
  sources?: readonly Pick<Source, 'id' | 'publisher' | 'authors' | 'date'>[];
  /** Names of the geometry's features by ISO numeric id, for states the datasets do not list. */
  featureNames?: Readonly<Record<string, string>>;
  /** The view that frames each feature, by ISO numeric id (geometry.server.ts viewTargets). */
  viewTargets?: Readonly<Record<string, MapViewTarget>>;
}

function numericId(iso3: string): string {
  return (ISO_NUMERIC as Record<string, string | undefined>)[iso3] ?? '';
}

function toPlace(location: Location): MapPlace {
  const { coord } = location;
  return {
    name: location.name,
    ...(location.role === undefined ? {} : { role: location.role }),
    ...(location.country === undefined ? {} : { country: location.country }),
    lon: coord.lon,
    lat: coord.lat,
    precision: coord.precision,
    basis: coord.basis,
  };
}

function toCount(c: Count): MapCount {
  return { value: c.value, ...(c.max === undefined ? {} : { max: c.max }), qualifier: c.qualifier };
}

function toState(s: State, viewTargets: MapDataInput['viewTargets']): MapStateInfo {
  const view = viewTargets?.[numericId(s.id)];
  return {
    ...(view === undefined ? {} : { view }),
    id: s.id,
    numericId: numericId(s.id),
    name: s.name,
    capital: {
      name: s.capital.name,
      country: s.id,
      lon: s.capital.coord.lon,
      lat: s.capital.coord.lat,
      precision: s.capital.coord.precision,
      basis: s.capital.coord.basis,
    },
    statusHistory: s.statusHistory.map((p) => ({ status: p.status, from: p.from, ...(p.to === undefined ? {} : { to: p.to }) })),
    sourceIds: citedSourceIds(s.statusHistory),
  };
}

function toExercise(e: Exercise): MapExerciseInfo {
  return {
    type: 'exercise',
    id: e.id,
    name: e.name,
    kind: e.kind,
    start: e.start,
    month: monthOf(e.start, 'en'),
    ...(e.end === undefined ? {} : { end: e.end }),
    places: e.locations.map(toPlace),
    hosts: [...e.hosts],
    participants: [...e.participants],
    observers: [...e.observers],
    troops: e.troops.map(toCount),
    sourceIds: citedSourceIds(e),
  };
}

function toIncident(i: Incident): MapIncidentInfo {
  return {
    type: 'incident',
    id: i.id,
    name: i.name,
    start: i.start,
    month: monthOf(i.start, 'en'),
    ...(i.end === undefined ? {} : { end: i.end }),
    place: i.place,
    places: i.locations.map(toPlace),
    parties: [...i.parties],
    casualties: i.casualties
      .filter((c) => c.killed !== undefined || c.injured !== undefined)
      .map((c) => ({
        ...(c.killed === undefined ? {} : { killed: toCount(c.killed) }),
        ...(c.injured === undefined ? {} : { injured: toCount(c.injured) }),
        ...(c.side === undefined ? {} : { side: c.side }),
        people: c.people,
        statedBy: c.statedBy,
        asOf: c.asOf,
      })),
    sourceIds: citedSourceIds(i),
  };
}

/** The size keys' labels in `locale` ("45 000"). */
export function localizeSizeKeys(keys: MapData['sizeKeys'], locale: SiteLocale): MapData['sizeKeys'] {
  if (locale === 'en') return keys;
  const relabel = (key: MapSizeKey): MapSizeKey => ({ ...key, items: key.items.map((item) => ({ ...item, label: formatNumber(item.value, locale) })) });
  return { troops: relabel(keys.troops), casualties: relabel(keys.casualties) };
}

/** Round figures up to the largest in the data, with their radii on the map's scale; labels in
 * English, like the rest of MapData (localizeSizeKeys words them for another page). */
function sizeKey(figures: readonly (number | null)[]): MapSizeKey {
  const max = Math.max(0, ...figures.map((f) => f ?? 0));
  const radius = radiusScale(max);
  return { items: sizeKeyValues(max).map((value) => ({ value, label: formatNumber(value, 'en'), r: radius(value) })), unknownR: UNKNOWN_RADIUS };
}

const byStart = <T extends { start: string; id: string }>(a: T, b: T) => compareIds(a.start, b.start) || compareIds(a.id, b.id);

export function selectMapData(input: MapDataInput): MapData {
  // MapData is English: the states in the order of their English names (localizeMapData re-sorts them for another language).
  const english = new Intl.Collator('en');
  const states = input.states.map((s) => toState(s, input.viewTargets)).sort((a, b) => english.compare(a.name, b.name));
  const exercises = input.exercises.map(toExercise).sort(byStart);
  const incidents = input.incidents.map(toIncident).sort(byStart);

  const names: Record<string, string> = {};
  const mentioned = new Set<string>([
    ...exercises.flatMap((e) => [...e.hosts, ...e.participants, ...e.observers]),
    ...incidents.flatMap((i) => i.parties),
    ...[...exercises, ...incidents].flatMap((e) => e.places.map((p) => p.country).filter((c): c is string => c !== undefined)),
  ]);
  for (const id of mentioned) {
    const fromGeometry = input.featureNames?.[numericId(id)];
    if (fromGeometry) names[id] = fromGeometry;
  }
  for (const s of states) names[s.id] = s.name;

  const asOfBounds = dateBounds(input.asOfDate);
  const asOf = asOfBounds ? asOfBounds[1] : Date.UTC(input.currentYear, 11, 31, 23, 59, 59);
  const asOfYear = new Date(asOf).getUTCFullYear();

  const cited = new Set([...states, ...exercises, ...incidents].flatMap((r) => r.sourceIds));
  const sources = (input.sources ?? [])
    .filter((s) => cited.has(s.id))
    .map((s) => ({
      id: s.id,
      publisher: s.publisher,
      ...(s.authors === undefined ? {} : { authors: [...s.authors] }),
      ...(s.date === undefined ? {} : { date: s.date }),
    }));

  return {
    states,
    exercises,
    incidents,
    names,
    sources,
    minYear: FIRST_YEAR,
    maxYear: Math.max(input.currentYear, asOfYear),
    asOfDate: input.asOfDate,
    asOf,
    sizeKeys: { troops: sizeKey(exercises.map(troopFigure)), casualties: sizeKey(incidents.map(casualtyFigure)) },
  };
}

/** What the first paint needs (types.ts MapSummary): states with their status histories, the
 * event ids a link may select, the year range and the legend's size keys; names, dates and
 * numbers in `locale` (a state is still found by its English name). */
export function summarizeMapData(data: MapData, locale: SiteLocale): MapSummary {
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  const states = data.states.map((s) => ({
      ...(s.view === undefined ? {} : { view: s.view }),
      id: s.id,
      numericId: s.numericId,
      name: stateName(s.id, s.name, locale),
      aliases: locale === 'en' ? stateAliases(s.id) : [...new Set([s.name, ...stateAliases(s.id)])],
      statusHistory: s.statusHistory,
    }));
  return {
    // In the order of their names in the locale (English: as the data is already sorted).
    states: locale === 'en' ? states : states.sort((a, b) => collator.compare(a.name, b.name)),
    eventIds: [...data.exercises, ...data.incidents].map((e) => e.id),
    minYear: data.minYear,
    maxYear: data.maxYear,
    asOfDate: data.asOfDate,
    asOf: data.asOf,
    asOfLabel: formatPartialDate(data.asOfDate, locale),
    sizeKeys: localizeSizeKeys(data.sizeKeys, locale),
  };
}
