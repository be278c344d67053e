/** The tables of documents: the bibliography (sources) and the milestones. */
import type { Milestone, Source } from '@/data/schema';
import { joinList } from '../tableCells';
import { columns, PROVENANCE, provenance, type DatasetTable, type TableContext } from './context';

export function sourcesTable(rows: readonly Source[], ctx: TableContext): DatasetTable {
  return {
    columns: columns(ctx, [
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
      kind: ctx.words.sourceKind[s.kind],
      authors: joinList(s.authors ?? []),
      url: s.url ?? '',
      doi: s.doi ?? '',
      description: s.description,
    })),
  };
}

export function milestonesTable(rows: readonly Milestone[], ctx: TableContext): DatasetTable {
  return {
    columns: columns(ctx, [
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
      kind: ctx.words.milestoneKind[m.kind],
      place: m.place ?? '',
      signatories: joinList(m.signatories ?? []),
      inForce: m.inForce ?? '',
      summary: m.summary,
      ...provenance(ctx, m),
    })),
  };
}
