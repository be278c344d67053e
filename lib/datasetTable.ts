/**
 * Every dataset as a flat table: one row per record, each cell readable on its own (dates as
 * written, counts with their qualifier, enums in words, sources as ids joined by "; ",
 * coordinates as latitude/longitude/precision/basis columns, claims joined), in a locale: the
 * column headers, status names, kinds, qualifiers and counts in its words; the records' own text
 * (names, summaries, notes, titles) as written, its columns flagged `recordText`.
 *
 * The /data pages render these tables, and the build writes them as public/data/<id>.csv (English)
 * and public/data/<locale>/<id>.csv with `csvFileText`, so a download always matches what the
 * page shows. The builders, one file per kind of record, are in lib/datasetTables/.
 */
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import type { DatasetId } from '@/data/registry';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { stateNameIn, tableContext, type DatasetTable } from './datasetTables/context';
import { milestonesTable, sourcesTable } from './datasetTables/documents';
import { ratsFiguresTable, terrorismStatsTable } from './datasetTables/figures';
import { exercisesTable, incidentsTable, statesTable } from './datasetTables/places';
import type { Locale } from './i18n';

export type { Cell, ColumnType, TableColumn } from './tableCells';
export type { DatasetTable } from './datasetTables/context';
export { exercisesTable, incidentsTable, milestonesTable, ratsFiguresTable, sourcesTable, statesTable, terrorismStatsTable };

/** The readable table of one dataset in `locale`, from the records in data/. */
export function datasetTable(id: DatasetId, locale: Locale): DatasetTable {
  const ctx = tableContext(locale);
  switch (id) {
    case 'sources':
      return sourcesTable(sources, ctx);
    case 'states':
      return statesTable(states, ctx);
    case 'exercises':
      return exercisesTable(exercises, ctx);
    case 'incidents':
      return incidentsTable(incidents, ctx);
    case 'terrorismStats':
      return terrorismStatsTable(terrorismStats, new Map(states.map((s) => [s.id, stateNameIn(ctx, s.id, s.name)])), ctx);
    case 'ratsFigures':
      return ratsFiguresTable(ratsFigures, ctx);
    case 'milestones':
      return milestonesTable(milestones, ctx);
  }
}
