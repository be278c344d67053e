/**
 * The membership chart's model as the layout and the client need it: the series, a year's counts,
 * the lanes' periods, with their words already written in the page's language (membershipWords.ts,
 * on the server). No dataset, schema or catalogue is imported (it is bundled with the plot, which
 * lays itself out in the browser).
 */
import type { StateStatus } from '@/data/schema';
import { dateBounds } from '@/data/validate';
import { STATUS_TOKEN, type ColorToken } from '@/components/frame/tokens';
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

/** A year with its words: each non-zero series' label ("10 members") and the year's accessible name. */
export interface LabelledYear extends YearCounts {
  labels: Partial<Record<SeriesKey, string>>;
  /** "2017: 8 members, 4 observers, 6 dialogue partners". */
  name: string;
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
  /** "India: Observer, July 2005 to 9 June 2017". */
  name: string;
}

export interface Lane {
  id: string;
  /** The state's name in the page's language. */
  name: string;
  periods: LanePeriod[];
}
