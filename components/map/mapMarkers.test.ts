import { describe, expect, it } from 'vitest';
import { serverMapText } from './serverMapText.server';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { states } from '@/data/states';
import { selectMapData } from './mapData';
import { assembleMarkerYears, buildMarkers, capitalLabels, createLayoutMemo, layoutAt, markerNames, markerYears, visibleBox, visitOrder, yearMarkersOf, type Project, type YearMarkers } from './mapMarkers';
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

  it('assembled from one year, shows that year as the whole set does; the years added later complete it to the same set', () => {
    const laidOut = (year: number): YearMarkers => yearMarkersOf(markersIn(year), (ms) => layoutAt(ms, project, 1));
    const whole = all(1);
    const first = assembleMarkerYears(new Map([[2007, laidOut(2007)]]), 1);
    expect(first.instances.map((i) => i.key)).toEqual(whole.instances.filter((i) => i.years.includes(2007)).map((i) => i.key));
    expect(first.instances.every((i) => i.years.length === 1 && i.years[0] === 2007)).toBe(true);
    // The other years laid out afterwards, in any order, give the set drawn at once.
    const later = new Map([[2007, laidOut(2007)], ...[...years].reverse().filter((y) => y !== 2007).map((y) => [y, laidOut(y)] as const)]);
    const completed = assembleMarkerYears(later, 1);
    expect(completed.instances.map((i) => [i.id, i.years.join()])).toEqual(whole.instances.map((i) => [i.id, i.years.join()]));
  });

  it('draws a marker that looks the same from year to year once, with unique ids', () => {
    const { instances } = all(1);
    const keys = new Set(instances.map((i) => i.key));
    expect(instances.length).toBeLessThan(keys.size * 3);
    expect(new Set(instances.map((i) => i.id)).size).toBe(instances.length);
  });
});

describe('capitalLabels at the edge of the view', () => {
  // A flat projection: one unit per degree, so the numbers read as the screen does at zoom 1.
  const flat: Project = ([lon, lat]) => [lon, -lat];
  const capital = (stateId: string, name: string, lon: number, lat: number) => ({ stateId, name, lon, lat, priority: 0 });
  // The view: 200 × 100 units around (100, 0) at zoom 2, i.e. x from 100 to 300 in zoomed units.
  const view = visibleBox([100, 0], flat, 2, 200, 100);

  it('gives the visible box around the view’s centre', () => {
    expect(view).toEqual({ x0: 100, y0: -50, x1: 300, y1: 50 });
  });

  it('moves a name that would run past the right edge to the left of its dot', () => {
    const labels = capitalLabels([capital('AZE', 'Baku', 145, 0)], [], new Map(), flat, 2, view);
    expect(labels.get('AZE')?.side).toBe('left');
    const box = labels.get('AZE')?.box;
    expect(box && box.x1 <= 300 && box.x0 >= 100).toBe(true);
  });

  it('gives a capital off screen no name, where its tail would have shown at the edge', () => {
    // The dot is 4 units left of the view: its name on the right would show its last letters.
    const withView = capitalLabels([capital('AZE', 'Baku', 48, 0)], [], new Map(), flat, 2, view);
    expect(withView.has('AZE')).toBe(false);
    const withoutView = capitalLabels([capital('AZE', 'Baku', 48, 0)], [], new Map(), flat, 2);
    expect(withoutView.get('AZE')?.side).toBe('right');
  });
});
