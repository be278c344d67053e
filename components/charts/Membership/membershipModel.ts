/**
 * The membership chart's model as the layout and the client need it: the series, a year's counts,
 * the lanes' periods and the words for them. No dataset or schema is imported (it is bundled with
 * the plot, which lays itself out in the browser).
 */
import type { StateStatus } from '@/data/schema';
import { dateBounds } from '@/data/validate';
import { STATUS_TOKEN, type ColorToken } from '@/components/frame/tokens';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import type { StatusCounts } from '@/lib/memberStatus';

export const MEMBERSHIP_CHART_ID = 'membership';

/** The step chart's series: members count the Shanghai Five before 2001, as the organisation does. */
export const SERIES = ['members', 'observer', 'dialoguePartner', 'partner'] as const;
export type SeriesKey = (typeof SERIES)[number];

export interface YearCounts {
  year: number;
  counts: StatusCounts;
  members: number;
}

/** Last instant of the data date: the moment "now" means. */
export function asOfInstant(asOf: string): number {
  const b = dateBounds(asOf);
  if (!b) throw new Error(`not a date: ${asOf}`);
  return b[1];
}

export function asOfYear(asOf: string): number {
  return Number(asOf.slice(0, 4));
}

export function seriesValue(y: YearCounts, key: SeriesKey): number {
  return key === 'members' ? y.members : y.counts[key];
}


export const SERIES_TOKEN: Record<SeriesKey, ColorToken> = {
  members: STATUS_TOKEN.member,
  observer: STATUS_TOKEN.observer,
  dialoguePartner: STATUS_TOKEN.dialoguePartner,
  partner: STATUS_TOKEN.partner,
};

export function seriesLabel(key: SeriesKey): string {
  const t = messages().charts.membership;
  return { members: t.seriesMembers, observer: t.seriesObservers, dialoguePartner: t.seriesDialoguePartners, partner: t.seriesPartners }[key];
}

/** "10 members", "1 observer". */
export function seriesCount(key: SeriesKey, count: number): string {
  const forms = messages().charts.membership.counts[key];
  return count === 1 ? forms.one : format(forms.other, { count });
}

/** "8 members, 4 observers, 6 dialogue partners": the non-zero series of a year. */
export function countsText(y: YearCounts): string {
  return SERIES.filter((k) => seriesValue(y, k) > 0)
    .map((k) => seriesCount(k, seriesValue(y, k)))
    .join(', ');
}

export interface LanePeriod {
  id: string;
  status: StateStatus;
  from: string;
  to?: string;
  start: number;
  /** Exclusive end instant; the data date for a status that still holds. */
  end: number;
  open: boolean;
  sourceIds: string[];
}

export interface Lane {
  id: string;
  name: string;
  periods: LanePeriod[];
}

export function periodName(lane: Lane, p: LanePeriod): string {
  const t = messages().charts.membership;
  const status = messages().data.status[p.status];
  return p.to === undefined
    ? format(t.periodNameOpen, { state: lane.name, status, from: formatPartialDate(p.from) })
    : format(t.periodName, { state: lane.name, status, from: formatPartialDate(p.from), to: formatPartialDate(p.to) });
}
