/**
 * Every dataset as a flat table: one row per record, each cell readable on its own (dates as
 * written, counts with their qualifier, enums in words, sources as ids joined by "; ",
 * coordinates as latitude/longitude/precision/basis columns, claims joined).
 *
 * The /data page renders these tables, and the build writes them as public/data/<id>.csv and
 * .json with `toCsv` and `toJson`, so a download always matches what the page shows.
 */
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import type { DatasetId } from '@/data/registry';
import type { Exercise, Incident, Milestone, RatsFigure, Source, State, TerrorismStat } from '@/data/schema';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { statementText } from './casualties';
import { formatCount } from './format';
import { format, messages } from './i18n';
import {
  citedSourceIds,
  claimsCell,
  coordinateCells,
  countsCell,
  joinList,
  locationName,
  yesNo,
  type Cell,
  type ColumnType,
  type TableColumn,
} from './tableCells';
import type { Locale } from '@/lib/i18n';

export type { Cell, ColumnType, TableColumn } from './tableCells';

export interface DatasetTable {
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

type ColumnKey = keyof ReturnType<typeof messages>['data']['columns'];

function columns(spec: readonly (readonly [ColumnKey, ColumnType?])[]): TableColumn[] {
  const labels = messages().data.columns;
  return spec.map(([key, type]) => ({ key, label: labels[key], type: type ?? 'text' }));
}

const t = () => messages().data;

/** Fields every sourced record ends with. */
const PROVENANCE = [['confidence'], ['sources', 'sourceIds'], ['claims'], ['note']] as const;

function provenance(r: {
  confidence: keyof ReturnType<typeof messages>['data']['confidence'];
  claims?: Parameters<typeof claimsCell>[0];
  note?: string | undefined;
}): Record<string, Cell> {
  return {
    confidence: t().confidence[r.confidence],
    sources: joinList(citedSourceIds(r)),
    claims: claimsCell(r.claims),
    note: r.note ?? '',
  };
}

export function sourcesTable(rows: readonly Source[]): DatasetTable {
  return {
    columns: columns([
      ['id'],
      ['title'],
      ['publisher'],
      ['date', 'date'],
      ['kind'],
      ['authors'],
      ['url', 'url'],
      ['doi'],
      ['description'],
    ]),
    rows: rows.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      date: s.date ?? '',
      kind: t().sourceKind[s.kind],
      authors: joinList(s.authors ?? []),
      url: s.url ?? '',
      doi: s.doi ?? '',
      description: s.description,
    })),
  };
}

export function statesTable(rows: readonly State[]): DatasetTable {
  return {
    columns: columns([
      ['iso3'],
      ['name'],
      ['currentStatus'],
      ['statusHistory'],
      ['capital'],
      ['capitalLat', 'number'],
      ['capitalLon', 'number'],
      ['capitalPrecision'],
      ['capitalBasis'],
      ['capitalSource', 'sourceIds'],
      ...PROVENANCE,
    ]),
    rows: rows.map((s) => {
      const d = t();
      const periods = s.statusHistory;
      const last = periods[periods.length - 1];
      const history = periods.map(
        (p) =>
          (p.to === undefined
            ? format(d.cells.periodOpen, { status: d.status[p.status], from: p.from })
            : format(d.cells.periodClosed, { status: d.status[p.status], from: p.from, to: p.to })) +
          (p.decided === undefined ? '' : format(d.cells.periodDecided, { decided: p.decided })),
      );
      const confidences = [...new Set(periods.map((p) => d.confidence[p.confidence]))];
      const coord = coordinateCells([s.capital.coord]);
      return {
        iso3: s.id,
        name: s.name,
        currentStatus: last !== undefined && last.to === undefined ? d.status[last.status] : '',
        statusHistory: joinList(history),
        capital: s.capital.name,
        capitalLat: coord.lat,
        capitalLon: coord.lon,
        capitalPrecision: coord.precision,
        capitalBasis: coord.basis,
        capitalSource: s.capital.coord.source.sourceId,
        confidence: joinList(confidences),
        sources: joinList(citedSourceIds({ sources: periods.flatMap((p) => p.sources), rest: s })),
        claims: joinList(periods.map((p) => claimsCell(p.claims)).filter((c) => c !== '')),
        note: joinList(periods.flatMap((p) => (p.note === undefined ? [] : [p.note]))),
      };
    }),
  };
}

const LOCATION_COLUMNS = [['locations'], ['lat', 'number'], ['lon', 'number'], ['precision'], ['basis']] as const;

function locationCells(locations: Exercise['locations']): Record<string, Cell> {
  const coord = coordinateCells(locations.map((l) => l.coord));
  return { locations: joinList(locations.map(locationName)), ...coord };
}

export function exercisesTable(rows: readonly Exercise[]): DatasetTable {
  return {
    columns: columns([
      ['id'],
      ['name'],
      ['kind'],
      ['start', 'date'],
      ['end', 'date'],
      ...LOCATION_COLUMNS,
      ['hosts'],
      ['participants'],
      ['observers'],
      ['troops'],
      ...PROVENANCE,
    ]),
    rows: rows.map((e) => ({
      id: e.id,
      name: e.name,
      kind: t().exerciseKind[e.kind],
      start: e.start,
      end: e.end ?? '',
      ...locationCells(e.locations),
      hosts: joinList(e.hosts),
      participants: joinList(e.participants),
      observers: joinList(e.observers),
      troops: countsCell(e.troops),
      ...provenance(e),
    })),
  };
}

export function incidentsTable(rows: readonly Incident[]): DatasetTable {
  const names: Record<string, string> = Object.fromEntries(states.map((s) => [s.id, s.name]));
  return {
    columns: columns([
      ['id'],
      ['name'],
      ['start', 'date'],
      ['end', 'date'],
      ['place'],
      ['parties'],
      ...LOCATION_COLUMNS,
      ['casualties'],
      ...PROVENANCE,
    ]),
    rows: rows.map((i) => ({
      id: i.id,
      name: i.name,
      start: i.start,
      end: i.end ?? '',
      place: i.place,
      parties: joinList(i.parties),
      ...locationCells(i.locations),
      casualties: joinList(i.casualties.map((c) => `${statementText(c, names)} [${c.source.sourceId}]`)),
      ...provenance(i),
    })),
  };
}

export function terrorismStatsTable(rows: readonly TerrorismStat[], stateNames: ReadonlyMap<string, string>): DatasetTable {
  return {
    columns: columns([
      ['id'],
      ['country'],
      ['iso3'],
      ['metric'],
      ['value', 'number'],
      ['stated'],
      ['period'],
      ['periodFrom', 'date'],
      ['periodTo', 'date'],
      ['fromSeed'],
      ['partOf'],
      ...PROVENANCE,
    ]),
    rows: rows.map((s) => ({
      id: s.id,
      country: stateNames.get(s.country) ?? s.country,
      iso3: s.country,
      metric: t().terrorismMetric[s.metric],
      value: s.value,
      stated: formatCount(s.value, s.qualifier),
      period: s.period.label,
      periodFrom: s.period.from,
      periodTo: s.period.to,
      fromSeed: yesNo(s.fromSeed),
      partOf: s.partOf ?? '',
      ...provenance(s),
    })),
  };
}

export function ratsFiguresTable(rows: readonly RatsFigure[]): DatasetTable {
  return {
    columns: columns([
      ['id'],
      ['date', 'date'],
      ['metric'],
      ['counts'],
      ['value', 'number'],
      ['stated'],
      ['valueText'],
      ['period'],
      ['speaker'],
      ['contestedBy'],
      ...PROVENANCE,
    ]),
    rows: rows.map((r) => ({
      id: r.id,
      date: r.date,
      metric: t().ratsMetric[r.metric],
      counts: r.counts,
      value: r.value,
      stated: formatCount(r.value, r.qualifier),
      valueText: r.valueText,
      period: r.period ?? '',
      speaker: r.speaker ?? '',
      contestedBy: joinList(r.contestedBy ?? []),
      ...provenance(r),
    })),
  };
}

export function milestonesTable(rows: readonly Milestone[]): DatasetTable {
  return {
    columns: columns([
      ['id'],
      ['date', 'date'],
      ['title'],
      ['kind'],
      ['place'],
      ['signatories'],
      ['inForce', 'date'],
      ['summary'],
      ...PROVENANCE,
    ]),
    rows: rows.map((m) => ({
      id: m.id,
      date: m.date,
      title: m.title,
      kind: t().milestoneKind[m.kind],
      place: m.place ?? '',
      signatories: joinList(m.signatories ?? []),
      inForce: m.inForce ?? '',
      summary: m.summary,
      ...provenance(m),
    })),
  };
}

/** The readable table of one dataset, from the records in data/. */
export function datasetTable(id: DatasetId, _locale: Locale): DatasetTable {
  switch (id) {
    case 'sources':
      return sourcesTable(sources);
    case 'states':
      return statesTable(states);
    case 'exercises':
      return exercisesTable(exercises);
    case 'incidents':
      return incidentsTable(incidents);
    case 'terrorismStats':
      return terrorismStatsTable(terrorismStats, new Map(states.map((s: State) => [s.id, s.name])));
    case 'ratsFigures':
      return ratsFiguresTable(ratsFigures);
    case 'milestones':
      return milestonesTable(milestones);
  }
}
