/**
 * Which status each state held at a moment, and the counts per status for a year.
 * A year's status is the one holding on its last day (31 December), or on the data's
 * as-of date for the current year: "2001" shows the SCO's six founding members.
 */
import type { StateStatus, StatusPeriod } from '@/data/schema';
import { dateBounds } from '@/data/validate';

/** The shape this module needs of a state: plain data, safe to pass to client components. */
export interface StateStatusInput {
  id: string;
  statusHistory: readonly Pick<StatusPeriod, 'status' | 'from' | 'to'>[];
}

/** First instant of a partial date; `to` dates are exclusive, so this is when a period stops. */
function startOf(date: string): number {
  const b = dateBounds(date);
  if (!b) throw new Error(`not a date: ${date}`);
  return b[0];
}

export function statusAt(state: StateStatusInput, at: number): StateStatus | undefined {
  for (const p of state.statusHistory) {
    if (startOf(p.from) <= at && (p.to === undefined || at < startOf(p.to))) return p.status;
  }
  return undefined;
}

/** The instant a year is judged at: the end of the year, or `asOf` when that comes first. */
export function yearInstant(year: number, asOf: number): number {
  return Math.min(Date.UTC(year, 11, 31, 23, 59, 59), asOf);
}

export function statusInYear(state: StateStatusInput, year: number, asOf: number): StateStatus | undefined {
  return statusAt(state, yearInstant(year, asOf));
}

export type StatusCounts = Record<StateStatus, number>;

export function emptyCounts(): StatusCounts {
  return { shanghaiFive: 0, member: 0, observer: 0, dialoguePartner: 0, partner: 0 };
}

export function statusCountsInYear(states: readonly StateStatusInput[], year: number, asOf: number): StatusCounts {
  const counts = emptyCounts();
  for (const s of states) {
    const status = statusInYear(s, year, asOf);
    if (status) counts[status] += 1;
  }
  return counts;
}

/** Members in the organisation's sense: the Shanghai Five before 2001, SCO members after. */
export function memberCount(counts: StatusCounts): number {
  return counts.shanghaiFive + counts.member;
}

export const FIRST_YEAR = 1996;
