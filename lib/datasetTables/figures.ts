/** The tables of stated figures: national terrorism statistics and the RATS figures. */
import type { RatsFigure, TerrorismStat } from '@/data/schema';
import { formatCount, formatDateRange } from '../format';
import { joinList, yesNo } from '../tableCells';
import { columns, PROVENANCE, provenance, type DatasetTable, type TableContext } from './context';

/** `stateNames`: each state's name by ISO code, in the table's language. */
export function terrorismStatsTable(
  rows: readonly TerrorismStat[],
  stateNames: ReadonlyMap<string, string>,
  ctx: TableContext,
): DatasetTable {
  return {
    columns: columns(ctx, [
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
      metric: ctx.words.terrorismMetric[s.metric],
      value: s.value,
      stated: formatCount(s.value, s.qualifier, undefined, ctx.locale),
      // The data's label in English ("2020", "January–June 2020"); in another language, the same
      // period from its bounds.
      period: ctx.locale === 'en' ? s.period.label : formatDateRange(s.period.from, s.period.to, ctx.locale),
      periodFrom: s.period.from,
      periodTo: s.period.to,
      fromSeed: yesNo(s.fromSeed, ctx),
      partOf: s.partOf ?? '',
      ...provenance(ctx, s),
    })),
  };
}

export function ratsFiguresTable(rows: readonly RatsFigure[], ctx: TableContext): DatasetTable {
  return {
    columns: columns(ctx, [
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
      metric: ctx.words.ratsMetric[r.metric],
      counts: r.counts,
      value: r.value,
      stated: formatCount(r.value, r.qualifier, undefined, ctx.locale),
      valueText: r.valueText,
      period: r.period ?? '',
      speaker: r.speaker ?? '',
      contestedBy: joinList(r.contestedBy ?? []),
      ...provenance(ctx, r),
    })),
  };
}
