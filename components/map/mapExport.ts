/**
 * What an export of the map carries (components/export): the frame around the picture (title,
 * subtitle, legend, source line of the records shown, data date) and the data as shown, one
 * row per state with a status and per event on the map, for the CSV. Pure: its words are the
 * page's (MapText), the CSV's headers and words in its language, the records' own text as written.
 */
import type { ExerciseKind, StateStatus } from '@/data/schema';
import { LEGEND_SHAPE, SOURCE_LINE_MAX, sourceLineText, type FrameSpec, type LegendItem, type LegendShape } from '@/components/frame/frameSpec';
import { statusShape } from '@/components/frame/statusTexture';
import { KIND_SYMBOL } from '@/components/frame/symbols';
import { CAPITAL_TOKEN, INCIDENT_TOKEN, KIND_TOKEN, STATUS_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { isAreaPoint } from '@/lib/coordPrecision';
import { formatDateRange } from '@/lib/format';
import type { StatusCounts } from '@/lib/memberStatus';
import { casualtiesText, casualtyFigure } from '@/lib/casualtyStatements';
import { paths } from '@/lib/paths';
import { countryName, troopsText } from './mapLabels';
import type { MapText } from './mapText';
import { STATUS_ORDER, troopFigure, type VisibleEvent } from './mapModel';
import type { MapData, MapExerciseInfo, MapIncidentInfo, MapSizeKey } from './types';
import { ALL_KINDS, type MapLayer } from './urlState';

/** The article the project started from: named first in every source line. */
const FIRST_SOURCE = 'seed';

export interface MapExportInput {
  data: MapData;
  year: number;
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  counts: StatusCounts;
  statuses: ReadonlyMap<string, StateStatus>;
  exercises: readonly VisibleEvent<MapExerciseInfo>[];
  incidents: readonly VisibleEvent<MapIncidentInfo>[];
  /** "As on 31 December 2017." */
  judgedText: string;
}

/** The layers whose marks the view shows: exercises only while some kind is let through. */
function shownLayers(input: Pick<MapExportInput, 'layers' | 'kinds'>) {
  return {
    members: input.layers.includes('members'),
    exercises: input.layers.includes('exercises') && input.kinds.length > 0,
    incidents: input.layers.includes('incidents'),
    capitals: input.layers.includes('capitals'),
  };
}

/**
 * The frame of the view: a title, subtitle and legend that name only the layers and exercise
 * kinds that are on, and the sources of the records shown.
 */
export function mapFrameSpec(input: MapExportInput, text: MapText): FrameSpec {
  const { m: t, t: format } = text;
  const f = text.extra.mapFrame;
  const { data, year, counts } = input;
  const on = shownLayers(input);
  const kinds = ALL_KINDS.filter((k) => input.kinds.includes(k));

  const titled = (['members', 'exercises', 'incidents'] as const).filter((layer) => on[layer]).map((layer) => format(f.layerNames[layer]));
  const title = titled.length > 0 ? format(f.title, { layers: text.and(titled), year }) : format(f.titleNoLayer, { year });

  const statusParts = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => format(f.statusCount, { status: format(t.statusPlural[s]), count: counts[s] }));
  const exercisesText = kinds.length === ALL_KINDS.length ? format(f.allKinds) : format(f.someKinds, { kinds: text.and(kinds.map((k) => format(f.kindNames[k]))) });
  const events = on.exercises
    ? format(on.incidents ? f.exercisesAndIncidents : f.exercisesOnly, { exercises: exercisesText, year })
    : on.incidents
      ? format(f.incidentsOnly, { year })
      : '';
  const statusLine = on.members && statusParts.length > 0 ? format(f.statusLine, { statuses: statusParts.join(' · '), judged: input.judgedText }) : '';
  const subtitle = statusLine && events ? format(f.sentences, { first: statusLine, second: events }) : statusLine || events;

  const legend: LegendItem[] = [
    ...(on.members ? STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => ({ label: format(t.statusPlural[s]), colorToken: STATUS_TOKEN[s], shape: statusShape(s) })) : []),
    ...(on.exercises ? kinds.map((k) => ({ label: format(t.kinds[k]), colorToken: KIND_TOKEN[k], shape: KIND_SYMBOL[k] })) : []),
    ...(on.incidents ? [{ label: format(t.legend.incidentsTitle), colorToken: INCIDENT_TOKEN, shape: LEGEND_SHAPE.star }] : []),
    ...(on.capitals ? [{ label: format(t.legend.capital), colorToken: CAPITAL_TOKEN, shape: LEGEND_SHAPE.circle }] : []),
    ...(on.exercises ? [sizeKeyItem(format(t.legend.troopsKey), data.sizeKeys.troops, LEGEND_SHAPE.circle, MUTED_TOKEN, format(t.legend.unknownSize))] : []),
    ...(on.incidents ? [sizeKeyItem(format(t.legend.casualtiesKey), data.sizeKeys.casualties, LEGEND_SHAPE.star, INCIDENT_TOKEN, format(t.legend.unknownSize))] : []),
  ];

  const cited = [
    ...(on.members ? data.states.filter((s) => input.statuses.has(s.id)).flatMap((s) => s.sourceIds) : []),
    ...(on.exercises ? input.exercises.flatMap((v) => v.event.sourceIds) : []),
    ...(on.incidents ? input.incidents.flatMap((v) => v.event.sourceIds) : []),
  ];

  return {
    title,
    subtitle,
    legend,
    sourceLine: sourceLineText(
      cited,
      data.sources,
      { firstId: FIRST_SOURCE, max: SOURCE_LINE_MAX },
      { prefix: text.t(text.extra.sourceLine.prefix), more: (count) => text.t(text.extra.sourceLine.more, { count }) },
      text.tag,
    ),
    asOf: data.asOfDate,
    url: paths.home({ locale: text.locale }),
  };
}

/** The colour of the size keys' circles on screen (MapLegend's SizeRow). */
const MUTED_TOKEN = '--color-text-muted' satisfies ColorToken;

/** A marker size key as the legend beside the map shows it: each value at its radius, then "not stated". */
function sizeKeyItem(label: string, key: MapSizeKey, shape: LegendShape, colorToken: ColorToken, unknown: string): LegendItem {
  return { label, colorToken, shape, sizes: [...key.items.map(({ label: value, r }) => ({ label: value, r })), { label: unknown, r: key.unknownR }] };
}

export const MAP_EXPORT_COLUMNS = ['type', 'name', 'code', 'statusOrKind', 'date', 'places', 'figure', 'figureText'] as const;
type ColumnKey = (typeof MAP_EXPORT_COLUMNS)[number];

/** The CSV's columns, headed in the page's language. */
export function mapExportColumns(text: MapText): { key: ColumnKey; label: string }[] {
  const c = text.m.exportColumns;
  return MAP_EXPORT_COLUMNS.map((key) => ({ key, label: text.t(c[key]) }));
}

type Row = Record<ColumnKey, string | number>;

/** An event's row does not depend on the year: made once per event and language (dates and
 * numbers are formatted with Intl, which is slow to set up), then reused for every view. */
const eventRows = new WeakMap<MapText, WeakMap<MapExerciseInfo | MapIncidentInfo, Row>>();

function eventRow(text: MapText, e: MapExerciseInfo | MapIncidentInfo, names: Readonly<Record<string, string>>): Row {
  let rows = eventRows.get(text);
  if (!rows) {
    rows = new WeakMap();
    eventRows.set(text, rows);
  }
  const cached = rows.get(e);
  if (cached) return cached;
  const { m: t, t: format, locale } = text;
  const places = e.places
    .map((p) => {
      const country = countryName(p.country, names);
      const where = country ? format(t.marker.placeInCountry, { place: p.name, country }) : p.name;
      return isAreaPoint(p.precision) ? format(t.marker.placeWithRole, { place: where, role: format(t.details.placePrecision[p.precision]) }) : where;
    })
    .join(format(t.marker.statementSeparator));
  const row: Row =
    e.type === 'exercise'
      ? {
          type: format(t.exportColumns.typeExercise),
          name: e.name,
          code: e.id,
          statusOrKind: format(t.kinds[e.kind]),
          date: formatDateRange(e.start, e.end, locale),
          places,
          figure: troopFigure(e) ?? '',
          figureText: troopsText(text, e),
        }
      : {
          type: format(t.exportColumns.typeIncident),
          name: e.name,
          code: e.id,
          statusOrKind: text.enumerate(e.parties.map((p) => countryName(p, names) ?? p)),
          date: formatDateRange(e.start, e.end, locale),
          places,
          figure: casualtyFigure(e) ?? '',
          figureText: casualtiesText(text, e, names),
        };
  rows.set(e, row);
  return row;
}

/**
 * The rows of the CSV, as the view shows them: the states that hold a status in the year (with
 * the status while the members layer is on, the capital while the capitals layer is on), then
 * the exercises of the kinds let through and the incidents, up to the year, while their layers are on.
 */
export function mapExportRows(input: MapExportInput, text: MapText): Row[] {
  const { m: t, t: format } = text;
  const { data } = input;
  const on = shownLayers(input);
  const rows: Row[] = [];
  if (on.members || on.capitals) {
    for (const s of data.states) {
      const status = input.statuses.get(s.id);
      if (!status) continue;
      rows.push({
        type: format(t.exportColumns.typeState),
        name: s.name,
        code: s.id,
        statusOrKind: on.members ? format(t.status[status]) : '',
        date: '',
        places: on.capitals ? s.capital.name : '',
        figure: '',
        figureText: '',
      });
    }
  }
  if (on.exercises) for (const { event } of input.exercises) if (input.kinds.includes(event.kind)) rows.push(eventRow(text, event, data.names));
  if (on.incidents) for (const { event } of input.incidents) rows.push(eventRow(text, event, data.names));
  return rows;
}
