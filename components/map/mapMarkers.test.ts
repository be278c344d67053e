import { describe, expect, it } from 'vitest';
import { serverMapText } from './mapMessages.server';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { states } from '@/data/states';
import { selectMapData } from './mapData';
import { buildMarkers, createLayoutMemo, layoutAt, markerNames, markerYears, visitOrder, type Project } from './mapMarkers';
import { eventsUpTo, exercisesShown } from './mapModel';
import { radiusScale } from './markerScale';
import { createProjection } from './projection';
import { ALL_KINDS } from './urlState';

const data = selectMapData({ states, exercises, incidents, asOfDate: '2025-09-01', currentYear: 2026 });
const projection = createProjection();
const project: Project = (p) => projection(p);
const names = markerNames(serverMapText('en'), [...data.exercises, ...data.incidents], data.names);
const markersIn = (year: number) =>
  buildMarkers({ exercises: exercisesShown(data.exercises, year, ALL_KINDS), incidents: eventsUpTo(data.incidents, year), troopRadius: radiusScale(10_000), casualtyRadius: radiusScale(200), names });

/** Two years with the same events on the map, only their emphasis differing. */
function quietYears(): [number, number] {
  for (let y = 1997; y <= 2026; y++) {
    const a = markersIn(y - 1);
    const b = markersIn(y);
    const keys = (ms: typeof a) => ms.map((m) => m.key).sort().join();
    if (a.length > 0 && keys(a) === keys(b) && a.some((m, i) => m.current !== b[i]?.current || m.key !== b[i]?.key)) return [y - 1, y];
  }
  throw new Error('no two such years in the data');
}

describe('createLayoutMemo', () => {
  it('gives a year step that only changes which markers are emphasised the very same layout', () => {
    const layoutAt = createLayoutMemo();
    const [y0, y1] = quietYears();
    const first = layoutAt(markersIn(y0), project, 1);
    expect(first.size).toBeGreaterThan(0);
    expect(layoutAt(markersIn(y1), project, 1)).toBe(first);
  });

  it('lays out again when an event appears or the zoom changes', () => {
    const layoutAt = createLayoutMemo();
    const before = layoutAt(markersIn(2006), project, 1);
    const after = layoutAt(markersIn(2007), project, 1);
    expect(after).not.toBe(before);
    expect(after.size).toBeGreaterThan(before.size);
    const zoomed = layoutAt(markersIn(2007), project, 3);
    expect(zoomed).not.toBe(after);
    expect([...zoomed.keys()].sort()).toEqual([...after.keys()].sort());
  });
});

describe('buildMarkers and visitOrder', () => {
  const markers = markersIn(2019);

  it('draws earlier years under the year’s own, and larger markers under smaller ones', () => {
    const firstCurrent = markers.findIndex((m) => m.current);
    expect(firstCurrent).toBeGreaterThan(0);
    expect(markers.slice(firstCurrent).every((m) => m.current)).toBe(true);
    for (const group of [markers.slice(0, firstCurrent), markers.slice(firstCurrent)]) {
      const radii = group.map((m) => m.r);
      expect(radii).toEqual([...radii].sort((a, b) => b - a));
    }
  });

  it('visits markers by date, whatever order they are drawn in', () => {
    const starts = visitOrder(markers).map((key) => markers.find((m) => m.key === key)?.event.start ?? '');
    expect(starts).toEqual([...starts].sort());
    expect(visitOrder([...markers].reverse())).toEqual(visitOrder(markers));
  });

  it('names every marker for assistive technology, with the month the server formatted', () => {
    const names = markers.filter((m) => m.event.id === 'peace-mission-2007').map((m) => m.name);
    expect(names).toContain('Peace Mission 2007, Chebarkul, Russia, August 2007');
    expect(markers.every((m) => m.name.endsWith(m.event.month))).toBe(true);
  });
});

describe('markerYears', () => {
  const years = Array.from({ length: 2026 - 1996 + 1 }, (_, i) => 1996 + i);
  const all = (zoom: number) => markerYears(years, markersIn, (ms) => layoutAt(ms, project, zoom), zoom);

  it.each([1, 3])('shows, in every year at zoom %i, exactly that year\'s markers, in its drawing order, emphasis and ring place', (zoom) => {
    const { instances, byYear } = all(zoom);
    for (const year of years) {
      const markers = markersIn(year);
      const placed = layoutAt(markers, project, zoom);
      const shown = instances.filter((i) => i.years.includes(year));
      expect(shown.map((i) => i.key)).toEqual(markers.map((m) => m.key));
      expect(shown.map((i) => i.current)).toEqual(markers.map((m) => m.current));
      for (const i of shown) {
        const p = placed.get(i.key);
        expect([i.dx, i.dy]).toEqual(p ? [Math.round((p.px - p.x) * zoom * 100) / 100, Math.round((p.py - p.y) * zoom * 100) / 100] : [0, 0]);
      }
      expect(byYear.get(year)?.order).toEqual(visitOrder(markers));
    }
  });

  it('draws a marker that looks the same from year to year once, with unique ids', () => {
    const { instances } = all(1);
    const keys = new Set(instances.map((i) => i.key));
    expect(instances.length).toBeLessThan(keys.size * 3);
    expect(new Set(instances.map((i) => i.id)).size).toBe(instances.length);
  });
});
