/**
 * What the map shows for a view: each state's status in the year, the legend's counts, the
 * events up to the year (the year's own emphasised), and the figure each marker is sized by.
 * Pure functions of MapData and the view; tested in mapModel.test.ts.
 */
import type { ExerciseKind, StateStatus } from '@/data/schema';
import { emptyCounts, statusCountsInYear, statusInYear, type StatusCounts } from '@/lib/memberStatus';
import type { MapEventInfo, MapExerciseInfo, MapIncidentInfo, MapStateSummary } from './types';

/** The year of a partial date ("2007-08-09" → 2007). */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Each state's status in `year` (absent: no status that year). */
export function statusesInYear(states: readonly MapStateSummary[], year: number, asOf: number): Map<string, StateStatus> {
  const out = new Map<string, StateStatus>();
  for (const s of states) {
    const status = statusInYear(s, year, asOf);
    if (status) out.set(s.id, status);
  }
  return out;
}

/** The legend's count of each status in `year`. */
export function legendCounts(states: readonly MapStateSummary[], year: number, asOf: number): StatusCounts {
  return statusCountsInYear(states, year, asOf);
}

/** Each year's statuses and legend counts, worked out once per year and shared between years:
 * years whose statuses are the same get the very same Map (and counts object), so a year step
 * that changes no status leaves everything drawn from them untouched (memoised parts skip). */
export interface YearStatuses {
  statuses: (year: number) => ReadonlyMap<string, StateStatus>;
  counts: (year: number) => StatusCounts;
}

export function createYearStatuses(states: readonly MapStateSummary[], asOf: number): YearStatuses {
  const byYear = new Map<number, { statuses: Map<string, StateStatus>; counts: StatusCounts }>();
  const bySignature = new Map<string, { statuses: Map<string, StateStatus>; counts: StatusCounts }>();
  const entry = (year: number) => {
    const known = byYear.get(year);
    if (known) return known;
    const statuses = statusesInYear(states, year, asOf);
    const signature = Array.from(statuses, ([id, status]) => `${id}:${status}`).join();
    let shared = bySignature.get(signature);
    if (!shared) {
      // The counts follow from the statuses: no second pass over the states' dates.
      const counts = emptyCounts();
      for (const status of statuses.values()) counts[status] += 1;
      shared = { statuses, counts };
      bySignature.set(signature, shared);
    }
    byYear.set(year, shared);
    return shared;
  };
  return { statuses: (year) => entry(year).statuses, counts: (year) => entry(year).counts };
}

/** The statuses the legend lists for a year: those held by some state, in a fixed order. */
export const STATUS_ORDER: readonly StateStatus[] = ['shanghaiFive', 'member', 'observer', 'dialoguePartner', 'partner'];

export function statusesShown(counts: StatusCounts): StateStatus[] {
  return STATUS_ORDER.filter((s) => counts[s] > 0);
}

export interface VisibleEvent<E extends MapEventInfo = MapEventInfo> {
  event: E;
  /** True for events running in the selected year; older ones are drawn faded. */
  current: boolean;
}

/** True when the event runs in `year` (from its start year to its end year). */
export function runsIn(event: MapEventInfo, year: number): boolean {
  const from = yearOf(event.start);
  const to = event.end === undefined ? from : yearOf(event.end);
  return from <= year && year <= to;
}

/** Events that began in or before `year`, oldest first. */
export function eventsUpTo<E extends MapEventInfo>(events: readonly E[], year: number): VisibleEvent<E>[] {
  return events.filter((e) => yearOf(e.start) <= year).map((event) => ({ event, current: runsIn(event, year) }));
}

export function exercisesShown(
  exercises: readonly MapExerciseInfo[],
  year: number,
  kinds: readonly ExerciseKind[],
): VisibleEvent<MapExerciseInfo>[] {
  return eventsUpTo(
    exercises.filter((e) => kinds.includes(e.kind)),
    year,
  );
}

/** The troop figure an exercise marker is sized by: the highest total any source gives. */
export function troopFigure(e: MapExerciseInfo): number | null {
  if (e.troops.length === 0) return null;
  return Math.max(...e.troops.map((t) => t.value));
}

/** The lowest and highest troop totals the sources give (equal when they agree). */
export function troopRange(e: MapExerciseInfo): [number, number] | null {
  if (e.troops.length === 0) return null;
  const values = e.troops.map((t) => t.value);
  return [Math.min(...values), Math.max(...values, ...e.troops.map((t) => t.max ?? t.value))];
}

/** States an exercise involves in any role. */
export function exerciseStates(e: MapExerciseInfo): Set<string> {
  return new Set([...e.hosts, ...e.participants, ...e.observers]);
}

export interface StateEvents {
  hosted: MapExerciseInfo[];
  joined: MapExerciseInfo[];
  observed: MapExerciseInfo[];
  incidents: MapIncidentInfo[];
}

/** What a state did: exercises hosted, joined (without hosting) and observed; incidents. */
export function eventsOfState(stateId: string, exercises: readonly MapExerciseInfo[], incidents: readonly MapIncidentInfo[]): StateEvents {
  return {
    hosted: exercises.filter((e) => e.hosts.includes(stateId)),
    joined: exercises.filter((e) => !e.hosts.includes(stateId) && e.participants.includes(stateId)),
    observed: exercises.filter((e) => e.observers.includes(stateId)),
    incidents: incidents.filter((i) => i.parties.includes(stateId)),
  };
}
