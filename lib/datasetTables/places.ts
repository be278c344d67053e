/** The tables of records with places: states (status history and capital), joint exercises and border incidents. */
import type { Exercise, Incident, State } from '@/data/schema';
import { states } from '@/data/states';
import { statementText } from '../casualties';
import { citedSourceIds, claimsCell, coordinateCells, countsCell, joinList, locationName, type Cell } from '../tableCells';
import { columns, dateInWords, PROVENANCE, provenance, stateNameIn, type DatasetTable, type TableContext } from './context';

export function statesTable(rows: readonly State[], ctx: TableContext): DatasetTable {
  const d = ctx.words;
  return {
    columns: columns(ctx, [
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
      const periods = s.statusHistory;
      const last = periods[periods.length - 1];
      const history = periods.map((p) => {
        const status = d.status[p.status];
        const from = dateInWords(ctx, p.from);
        const period =
          p.to === undefined ? ctx.format(d.cells.periodOpen, { status, from }) : ctx.format(d.cells.periodClosed, { status, from, to: dateInWords(ctx, p.to) });
        return period + (p.decided === undefined ? '' : ctx.format(d.cells.periodDecided, { decided: dateInWords(ctx, p.decided) }));
      });
      const confidences = [...new Set(periods.map((p) => d.confidence[p.confidence]))];
      const coord = coordinateCells([s.capital.coord], ctx);
      return {
        iso3: s.id,
        name: stateNameIn(ctx, s.id, s.name),
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
        claims: joinList(periods.map((p) => claimsCell(p.claims, ctx)).filter((c) => c !== '')),
        note: joinList(periods.flatMap((p) => (p.note === undefined ? [] : [p.note]))),
      };
    }),
  };
}

const LOCATION_COLUMNS = [['locations'], ['lat', 'number'], ['lon', 'number'], ['precision'], ['basis']] as const;

function locationCells(locations: Exercise['locations'], ctx: TableContext): Record<string, Cell> {
  const coord = coordinateCells(
    locations.map((l) => l.coord),
    ctx,
  );
  return { locations: joinList(locations.map(locationName)), ...coord };
}

export function exercisesTable(rows: readonly Exercise[], ctx: TableContext): DatasetTable {
  return {
    columns: columns(ctx, [
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
      kind: ctx.words.exerciseKind[e.kind],
      start: e.start,
      end: e.end ?? '',
      ...locationCells(e.locations, ctx),
      hosts: joinList(e.hosts),
      participants: joinList(e.participants),
      observers: joinList(e.observers),
      troops: countsCell(e.troops, ctx),
      ...provenance(ctx, e),
    })),
  };
}

export function incidentsTable(rows: readonly Incident[], ctx: TableContext): DatasetTable {
  // The casualty statements in the page's language, the states named as the atlas names them in it.
  const names: Record<string, string> = Object.fromEntries(states.map((s) => [s.id, stateNameIn(ctx, s.id, s.name)]));
  return {
    columns: columns(ctx, [
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
      ...locationCells(i.locations, ctx),
      casualties: joinList(i.casualties.map((c) => `${statementText(c, names, ctx.locale)} [${c.source.sourceId}]`)),
      ...provenance(ctx, i),
    })),
  };
}
