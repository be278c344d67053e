import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { states } from '@/data/states';
import { selectMapData, summarizeMapData } from './mapData';
import { isMapData } from './mapDataFile';
import { statusesInYear } from './mapModel';
import { troopFigure } from './mapModel';
import { radiusScale, UNKNOWN_RADIUS } from './markerScale';

const data = selectMapData({ states, exercises, incidents, asOfDate: '2025-09-01', currentYear: 2026, featureNames: { '795': 'Turkmenistan' } });

describe('selectMapData', () => {
  it('is plain data that survives serialisation to the client unchanged', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
  it('leaves quotes, claims and notes to the details files, keeping only source ids', () => {
    const json = JSON.stringify(data);
    expect(json).not.toContain('"quote"');
    expect(json).not.toContain('"claims"');
    expect(json).not.toContain('"note"');
    const pm2007 = data.exercises.find((e) => e.id === 'peace-mission-2007');
    expect(pm2007?.sourceIds.length).toBeGreaterThan(0);
  });
  it('runs the slider from 1996 to the current year and judges that year at the data date', () => {
    expect(data.minYear).toBe(1996);
    expect(data.maxYear).toBe(2026);
    expect(new Date(data.asOf).toISOString().slice(0, 10)).toBe('2025-09-01');
  });
  it('formats each event’s month on the server, so the client needs no date formatter to name markers', () => {
    expect(data.exercises.find((e) => e.id === 'peace-mission-2007')?.month).toBe('August 2007');
    for (const e of [...data.exercises, ...data.incidents]) expect(e.month, e.id).toMatch(/^(\w+ )?\d{4}$/);
  });
  it('lists states by name and events by date', () => {
    const names = data.states.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const starts = data.exercises.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
  });
  it('names every state an event mentions, from the geometry where the datasets do not', () => {
    const mentioned = new Set([...data.exercises.flatMap((e) => [...e.hosts, ...e.participants, ...e.observers]), ...data.incidents.flatMap((i) => i.parties)]);
    for (const code of mentioned) expect(data.names[code], code).toBeTruthy();
  });
  it('gives the legend the same marker sizes the map draws', () => {
    const max = Math.max(...data.exercises.map((e) => troopFigure(e) ?? 0));
    const radius = radiusScale(max);
    const items = data.sizeKeys.troops.items;
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(item.r).toBeCloseTo(radius(item.value));
    expect(items.map((i) => i.r)).toEqual([...items.map((i) => i.r)].sort((a, b) => a - b));
    expect(data.sizeKeys.troops.unknownR).toBe(UNKNOWN_RADIUS);
  });
});

describe('summarizeMapData', () => {
  const summary = summarizeMapData(data, 'en');

  it('sends the first paint a small part of the map data', () => {
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(data).length / 5);
    const json = JSON.stringify(summary);
    expect(json).not.toContain('"places"');
    expect(json).not.toContain('"sourceIds"');
    expect(json).not.toContain('"capital"');
  });

  it('holds what the legend and the slider need for every year', () => {
    for (const year of [1996, 2001, 2017, 2024]) {
      expect(statusesInYear(summary.states, year, summary.asOf)).toEqual(statusesInYear(data.states, year, data.asOf));
    }
    expect(summary.sizeKeys).toEqual(data.sizeKeys);
    expect([summary.minYear, summary.maxYear, summary.asOfDate]).toEqual([data.minYear, data.maxYear, data.asOfDate]);
    expect(summary.asOfLabel).toBe('1 September 2025');
  });

  it('lists every event id, so that a link selecting one is honoured before the data loads', () => {
    expect(new Set(summary.eventIds)).toEqual(new Set([...data.exercises, ...data.incidents].map((e) => e.id)));
  });
});

describe('isMapData', () => {
  it('accepts the map data as the static file serves it', () => {
    expect(isMapData(JSON.parse(JSON.stringify(data)))).toBe(true);
  });
  it('rejects the summary, a dataset file and junk', () => {
    expect(isMapData(JSON.parse(JSON.stringify(summarizeMapData(data, 'en'))))).toBe(false);
    expect(isMapData(JSON.parse(JSON.stringify(exercises)))).toBe(false);
    expect(isMapData({ ...data, exercises: [{ id: 1 }] })).toBe(false);
    expect(isMapData(null)).toBe(false);
    expect(isMapData('<html>')).toBe(false);
  });
});
