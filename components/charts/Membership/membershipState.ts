/**
 * Membership over time: counts per status for every year since 1996 (judged as the map judges a
 * year: on 31 December, or on the data date for the latest year), and each state's status
 * periods as lanes; their tips, table rows and frame. Pure: the page passes the states in. The
 * model's types and words are in membershipModel.ts, the layout in membershipLayout.ts.
 */
import { STATE_STATUS, type State, type StateStatus } from '@/data/schema';
import { dateBounds } from '@/data/validate';
import { chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { buildSourceLine } from '@/components/frame/frameWords';
import { STATUS_TOKEN } from '@/components/frame/tokens';
import { formatDateRange, formatNumber, formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { stateName } from '@/lib/messages/stateNames';
import { tipLine } from '../shared/tipLine';
import { FIRST_YEAR, memberCount, statusCountsInYear, type StateStatusInput } from '@/lib/memberStatus';
import { citedSourceIds } from '@/lib/tableCells';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import type { Tip } from '../shared/ChartInteraction';
import type { TableData } from '../shared/tableData';
import { asOfInstant, asOfYear, MEMBERSHIP_CHART_ID, SERIES, seriesValue, type Lane, type YearCounts } from './membershipModel';
import { periodName, seriesLabel } from './membershipWords';

export * from './membershipModel';
export * from './membershipLayout';
export { countsText, labelYears, seriesCount, seriesLabel } from './membershipWords';

/** What the chart needs of a state (data/states.ts rows satisfy it). */
export type MembershipState = Pick<State, 'id' | 'name' | 'statusHistory'>;

/** Counts per status for every year from 1996 to the data date's year. */
export function yearCounts(states: readonly StateStatusInput[], asOf: string): YearCounts[] {
  const at = asOfInstant(asOf);
  const out: YearCounts[] = [];
  for (let year = FIRST_YEAR; year <= asOfYear(asOf); year++) {
    const counts = statusCountsInYear(states, year, at);
    out.push({ year, counts, members: memberCount(counts) });
  }
  return out;
}

/** One lane per state (named in the page's language), ordered by when its first status began, then by name. */
export function lanes(states: readonly MembershipState[], asOf: string, locale: Locale): Lane[] {
  const now = asOfInstant(asOf);
  const out: Lane[] = states.map((s) => {
    const name = stateName(s.id, s.name, locale);
    return {
      id: s.id,
      name,
      periods: s.statusHistory.flatMap((p, i) => {
        const start = dateBounds(p.from)?.[0];
        const end = p.to === undefined ? now : dateBounds(p.to)?.[0];
        if (start === undefined || end === undefined || start > now) return [];
        const period = {
          id: `${s.id}-${i}`,
          status: p.status,
          from: p.from,
          ...(p.to !== undefined ? { to: p.to } : {}),
          start,
          end: Math.min(end, now),
          open: p.to === undefined,
          sourceIds: citedSourceIds(p),
        };
        return [{ ...period, name: periodName(name, period, locale) }];
      }),
    };
  });
  const first = (l: Lane) => l.periods[0]?.start ?? Infinity;
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  return out.filter((l) => l.periods.length > 0).sort((a, b) => first(a) - first(b) || collator.compare(a.name, b.name));
}

// ---------------------------------------------------------------- tips, rows, frame

export function yearTipId(year: number): string {
  return `year-${year}`;
}

export function membershipTips(counts: readonly YearCounts[], laneRows: readonly Lane[], ctx: ChartContext): Record<string, Tip> {
  const { locale } = ctx;
  const t = messages(locale).charts.membership;
  const status = messages(locale).data.status;
  const tips: Record<string, Tip> = {};
  for (const c of counts) {
    tips[yearTipId(c.year)] = {
      title: String(c.year),
      lines: [
        ...SERIES.filter((k) => seriesValue(c, k) > 0).map((k) => tipLine(seriesLabel(k, locale), formatNumber(seriesValue(c, k), locale), locale)),
        ...(c.counts.shanghaiFive > 0 ? [t.seriesMembersNote] : []),
      ],
    };
  }
  for (const lane of laneRows) {
    for (const p of lane.periods) {
      tips[p.id] = {
        title: tipLine(lane.name, status[p.status], locale),
        lines: [
          p.to !== undefined ? formatDateRange(p.from, p.to, locale) : format(t.openSpan, { from: formatPartialDate(p.from, locale) }, locale),
          tipLine(messages(locale).charts.views.sources, sourceNames(ctx, p.sourceIds), locale),
        ],
      };
    }
  }
  return tips;
}

/** The rows as shown: one per year, the counts behind every step. */
export function toRows(counts: readonly YearCounts[], locale: Locale): TableData {
  const t = messages(locale).charts;
  const c = t.membership.columns;
  const last = counts[counts.length - 1]?.year ?? FIRST_YEAR;
  return {
    caption: format(t.views.tableCaption, { title: format(t.membership.title, { year: last }, locale) }, locale),
    columns: [
      { key: 'year', label: c.year, type: 'text' },
      { key: 'members', label: c.members, type: 'number' },
      { key: 'shanghaiFive', label: c.shanghaiFive, type: 'number' },
      { key: 'member', label: c.member, type: 'number' },
      { key: 'observer', label: c.observer, type: 'number' },
      { key: 'dialoguePartner', label: c.dialoguePartner, type: 'number' },
      { key: 'partner', label: c.partner, type: 'number' },
    ],
    rows: counts.map((y) => ({ year: String(y.year), members: y.members, ...y.counts })),
  };
}

/** The lanes as rows: one per status period. */
export function toLaneRows(laneRows: readonly Lane[], ctx: ChartContext): TableData {
  const { locale } = ctx;
  const t = messages(locale).charts.membership;
  const status = messages(locale).data.status;
  return {
    caption: t.lanesTableCaption,
    columns: [
      { key: 'state', label: t.laneColumns.state, type: 'text' },
      { key: 'status', label: t.laneColumns.status, type: 'text' },
      { key: 'from', label: t.laneColumns.from, type: 'date' },
      { key: 'to', label: t.laneColumns.to, type: 'date' },
      { key: 'sources', label: t.laneColumns.sources, type: 'text' },
    ],
    rows: laneRows.flatMap((lane) =>
      lane.periods.map((p) => ({
        state: lane.name,
        status: status[p.status],
        from: formatPartialDate(p.from, locale),
        to: p.to !== undefined ? formatPartialDate(p.to, locale) : '',
        sources: sourceNames(ctx, p.sourceIds),
      })),
    ),
  };
}

export function membershipLegend(counts: readonly YearCounts[], locale: Locale): LegendItem[] {
  const status = messages(locale).data.status;
  const used = new Set<StateStatus>();
  for (const c of counts) for (const s of Object.values(STATE_STATUS)) if (c.counts[s] > 0) used.add(s);
  return Object.values(STATE_STATUS)
    .filter((s) => used.has(s))
    .map((s) => ({ label: status[s], colorToken: STATUS_TOKEN[s], shape: 'square' as const }));
}

export function membershipFrameSpec(states: readonly MembershipState[], counts: readonly YearCounts[], ctx: ChartContext, firstSourceId?: string): FrameSpec {
  const { locale } = ctx;
  const t = messages(locale).charts.membership;
  return {
    title: format(t.title, { year: asOfYear(ctx.asOf) }, locale),
    subtitle: t.subtitle,
    legend: membershipLegend(counts, locale),
    sourceLine: buildSourceLine(
      states.flatMap((s) => s.statusHistory.flatMap((p) => citedSourceIds(p))),
      ctx.sources,
      firstSourceId !== undefined ? { firstId: firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
      locale,
    ),
    asOf: ctx.asOf,
    url: chartPath(MEMBERSHIP_CHART_ID, locale),
  };
}
