import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { states } from '@/data/states';
import { memberCount } from '@/lib/memberStatus';
import { selectMapData } from './mapData';
import {
  createYearStatuses,
  eventsOfState,
  eventsUpTo,
  exercisesShown,
  legendCounts,
  statusesInYear,
  statusesShown,
  troopFigure,
  troopRange,
} from './mapModel';
import type { MapExerciseInfo } from './types';

const data = selectMapData({ states, exercises, incidents, asOfDate: '2026-11-28', currentYear: 2026 });
const counts = (year: number) => legendCounts(data.states, year, data.asOf);

describe('legend counts from the real data', () => {
  it('shows the Shanghai Five in 1996', () => {
    expect(counts(1996).shanghaiFive).toBe(5);
    expect(memberCount(counts(1996))).toBe(5);
  });
  it.each([
    [2001, 6],
    [2017, 8],
    [2024, 10],
  ])('counts %i members in %i', (year, members) => {
    expect(counts(year).member).toBe(members);
    expect(counts(year).shanghaiFive).toBe(0);
  });
  it('lists only statuses someone holds that year', () => {
    expect(statusesShown(counts(1996))).toEqual(['shanghaiFive']);
    expect(statusesShown(counts(2024))).toContain('dialoguePartner');
  });
  it('colours India as an observer in 2005 and a member in 2017', () => {
    expect(statusesInYear(data.states, 2005, data.asOf).get('IND')).toBe('observer');
    expect(statusesInYear(data.states, 2017, data.asOf).get('IND')).toBe('member');
    expect(statusesInYear(data.states, 2001, data.asOf).has('IND')).toBe(false);
  });
});

const exercise = (over: Partial<MapExerciseInfo>): MapExerciseInfo => ({
  type: 'exercise',
  id: 'x',
  name: 'X',
  kind: 'military',
  start: '2007-08-09',
  month: 'August 2007',
  places: [],
  hosts: ['RUS'],
  participants: ['RUS', 'CHN'],
  observers: [],
  troops: [],
  sourceIds: [],
  ...over,
});

describe('events by year', () => {
  it('shows events up to the year and emphasises the year’s own', () => {
    const events = [exercise({ id: 'a', start: '2005-08' }), exercise({ id: 'b', start: '2007-08' }), exercise({ id: 'c', start: '2009' })];
    expect(eventsUpTo(events, 2007)).toEqual([
      { event: events[0], current: false },
      { event: events[1], current: true },
    ]);
  });
  it('keeps a multi-year operation current through its end year', () => {
    const op = exercise({ start: '2019-06', end: '2021-12' });
    expect(eventsUpTo([op], 2020)[0]?.current).toBe(true);
    expect(eventsUpTo([op], 2022)[0]?.current).toBe(false);
  });
  it('filters exercises by kind', () => {
    const events = [exercise({ id: 'm' }), exercise({ id: 'c', kind: 'cyber' })];
    expect(exercisesShown(events, 2026, ['cyber']).map((v) => v.event.id)).toEqual(['c']);
  });
});

describe('marker figures', () => {
  it('sizes an exercise by the highest troop total and knows when none is given', () => {
    const e = exercise({ troops: [{ value: 2000, qualifier: 'about' }, { value: 10000, qualifier: 'moreThan' }] });
    expect(troopFigure(e)).toBe(10000);
    expect(troopRange(e)).toEqual([2000, 10000]);
    expect(troopFigure(exercise({}))).toBeNull();
  });
});

describe('eventsOfState', () => {
  it('separates exercises hosted from those joined and observed', () => {
    const hosted = exercise({ id: 'h', hosts: ['KGZ'], participants: ['KGZ', 'CHN'] });
    const joined = exercise({ id: 'j', hosts: ['RUS'], participants: ['RUS', 'KGZ'] });
    const observed = exercise({ id: 'o', observers: ['KGZ'] });
    const r = eventsOfState('KGZ', [hosted, joined, observed], []);
    expect(r.hosted.map((e) => e.id)).toEqual(['h']);
    expect(r.joined.map((e) => e.id)).toEqual(['j']);
    expect(r.observed.map((e) => e.id)).toEqual(['o']);
  });
});

describe('createYearStatuses', () => {
  const years = Array.from({ length: data.maxYear - data.minYear + 3 }, (_, i) => data.minYear - 1 + i);
  it('gives, for every year, the same statuses and counts as working them out afresh', () => {
    const byYear = createYearStatuses(data.states, data.asOf);
    for (const year of [...years, ...[...years].reverse()]) {
      expect(byYear.statuses(year)).toEqual(statusesInYear(data.states, year, data.asOf));
      expect(byYear.counts(year)).toEqual(legendCounts(data.states, year, data.asOf));
    }
  });
  it('shares one Map between years whose statuses are the same, and only then', () => {
    const byYear = createYearStatuses(data.states, data.asOf);
    for (const a of years) {
      for (const b of years) {
        const same = JSON.stringify([...statusesInYear(data.states, a, data.asOf)]) === JSON.stringify([...statusesInYear(data.states, b, data.asOf)]);
        expect(byYear.statuses(a) === byYear.statuses(b)).toBe(same);
        expect(byYear.counts(a) === byYear.counts(b)).toBe(same);
      }
    }
    expect(byYear.statuses(2005)).not.toBe(byYear.statuses(2017));
  });
});
