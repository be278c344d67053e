/**
 * What an export of the map carries (components/export): the frame around the picture (title,
 * subtitle, legend, source line of the records shown, data date) and the data as shown, one
 * row per state with a status and per event on the map, for the CSV. Pure.
 */
import type { ExerciseKind, StateStatus } from '@/data/schema';
import { buildSourceLine, LEGEND_SHAPE, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { statusShape } from '@/components/frame/statusTexture';
import { KIND_SYMBOL } from '@/components/frame/symbols';
import { INCIDENT_TOKEN, KIND_TOKEN, STATUS_TOKEN } from '@/components/frame/tokens';
import { isAreaPoint } from '@/lib/coordPrecision';
import { formatDateRange } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import type { StatusCounts } from '@/lib/memberStatus';
import { casualtiesText, casualtyFigure } from '@/lib/casualties';
import { countryName, troopsText } from './mapLabels';
import { STATUS_ORDER, troopFigure, type VisibleEvent } from './mapModel';
import type { MapData, MapExerciseInfo, MapIncidentInfo } from './types';
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

export function mapFrameSpec(input: MapExportInput): FrameSpec {
  const t = messages().map;
  const { data, year, layers, counts } = input;
  const membersOn = layers.includes('members');
  const exercisesOn = layers.includes('exercises');
  const incidentsOn = layers.includes('incidents');

  const statusParts = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => format(t.exportFrame.statusCount, { status: t.statusPlural[s], count: counts[s] }));
  const subtitle = [
    membersOn && statusParts.length > 0 ? `${statusParts.join(' · ')}. ${input.judgedText}` : '',
    exercisesOn || incidentsOn ? format(t.exportFrame.events, { year }) : '',
    incidentsOn ? t.exportFrame.incidents : '',
  ]
    .filter(Boolean)
    .join(' ');

  const legend: LegendItem[] = [
    ...(membersOn ? STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => ({ label: t.statusPlural[s], colorToken: STATUS_TOKEN[s], shape: statusShape(s) })) : []),
    ...(exercisesOn ? ALL_KINDS.filter((k) => input.kinds.includes(k)).map((k) => ({ label: t.kinds[k], colorToken: KIND_TOKEN[k], shape: KIND_SYMBOL[k] })) : []),
    ...(incidentsOn ? [{ label: t.legend.incidentsTitle, colorToken: INCIDENT_TOKEN, shape: LEGEND_SHAPE.star }] : []),
  ];

  const cited = [
    ...(membersOn ? data.states.filter((s) => input.statuses.has(s.id)).flatMap((s) => s.sourceIds) : []),
    ...(exercisesOn ? input.exercises.flatMap((v) => v.event.sourceIds) : []),
    ...(incidentsOn ? input.incidents.flatMap((v) => v.event.sourceIds) : []),
  ];

  return {
    title: format(t.exportFrame.title, { year }),
    subtitle,
    legend,
    sourceLine: buildSourceLine(cited, data.sources, { firstId: FIRST_SOURCE, max: SOURCE_LINE_MAX }),
    asOf: data.asOfDate,
    url: '/',
  };
}

export const MAP_EXPORT_COLUMNS = ['type', 'name', 'code', 'statusOrKind', 'date', 'places', 'figure', 'figureText'] as const;
type ColumnKey = (typeof MAP_EXPORT_COLUMNS)[number];

export function mapExportColumns(): { key: ColumnKey; label: string }[] {
  const c = messages().map.exportColumns;
  return MAP_EXPORT_COLUMNS.map((key) => ({ key, label: c[key] }));
}

type Row = Record<ColumnKey, string | number>;

/** An event's row does not depend on the year: made once per event (dates and numbers are
 * formatted with Intl, which is slow to set up), then reused for every view. */
const eventRows = new WeakMap<MapExerciseInfo | MapIncidentInfo, Row>();

function eventRow(e: MapExerciseInfo | MapIncidentInfo, names: Readonly<Record<string, string>>): Row {
  const cached = eventRows.get(e);
  if (cached) return cached;
  const t = messages().map;
  const places = e.places
    .map((p) => [p.name, countryName(p.country, names)].filter(Boolean).join(', ') + (isAreaPoint(p.precision) ? ` (${t.details.placePrecision[p.precision]})` : ''))
    .join('; ');
  const row: Row =
    e.type === 'exercise'
      ? { type: t.exportColumns.typeExercise, name: e.name, code: e.id, statusOrKind: t.kinds[e.kind], date: formatDateRange(e.start, e.end), places, figure: troopFigure(e) ?? '', figureText: troopsText(e) }
      : {
          type: t.exportColumns.typeIncident,
          name: e.name,
          code: e.id,
          statusOrKind: e.parties.map((p) => countryName(p, names)).join(', '),
          date: formatDateRange(e.start, e.end),
          places,
          figure: casualtyFigure(e) ?? '',
          figureText: casualtiesText(e, names),
        };
  eventRows.set(e, row);
  return row;
}

/** The rows of the CSV: states with a status in the year, then the exercises and incidents shown. */
export function mapExportRows(input: MapExportInput): Row[] {
  const t = messages().map;
  const { data, layers } = input;
  const rows: Row[] = [];
  if (layers.includes('members')) {
    for (const s of data.states) {
      const status = input.statuses.get(s.id);
      if (status) rows.push({ type: t.exportColumns.typeState, name: s.name, code: s.id, statusOrKind: t.status[status], date: '', places: s.capital.name, figure: '', figureText: '' });
    }
  }
  if (layers.includes('exercises')) for (const { event } of input.exercises) rows.push(eventRow(event, data.names));
  if (layers.includes('incidents')) for (const { event } of input.incidents) rows.push(eventRow(event, data.names));
  return rows;
}
