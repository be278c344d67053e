import { describe, expect, it } from 'vitest';
import { serverMapText } from './serverMapText.server';
import type { ExerciseKind } from '@/data/schema';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { selectMapData } from './mapData';
import { mapExportColumns, mapExportRows, mapFrameSpec, type MapExportInput } from './mapExport';
import { eventsUpTo, exercisesShown, legendCounts, statusesInYear } from './mapModel';
import { ALL_KINDS, ALL_LAYERS, type MapLayer } from './urlState';

const en = serverMapText('en');

const data = selectMapData({ states, exercises, incidents, sources, asOfDate: '2025-09-01', currentYear: 2026 });

function view(year: number, layers: readonly MapLayer[] = ALL_LAYERS, kinds: readonly ExerciseKind[] = ALL_KINDS): MapExportInput {
  return {
    data,
    year,
    layers,
    kinds,
    counts: legendCounts(data.states, year, data.asOf),
    statuses: statusesInYear(data.states, year, data.asOf),
    exercises: exercisesShown(data.exercises, year, kinds),
    incidents: eventsUpTo(data.incidents, year),
    judgedText: `As on 31 December ${year}.`,
  };
}

describe('mapFrameSpec', () => {
  it('titles the export with its year and counts the statuses in the subtitle', () => {
    const spec = mapFrameSpec(view(2017), en);
    expect(spec.title).toContain('2017');
    expect(spec.subtitle).toContain('Members: 8');
    expect(spec.legend.map((l) => l.label)).toEqual(expect.arrayContaining(['Members', 'Observers', 'Military']));
  });
  it('names the article first in the source line, and only sources of what is shown', () => {
    const spec = mapFrameSpec(view(2017), en);
    expect(spec.sourceLine).toMatch(/^Source/);
    expect(spec.sourceLine).toContain('Su Chang');
    const onlyMembers = mapFrameSpec(view(2017, ['members']), en);
    expect(onlyMembers.legend.every((l) => l.colorToken.startsWith('--status-'))).toBe(true);
  });
});

describe('mapFrameSpec lists layers and kinds as each language does', () => {
  it('English and Russian: commas, then “and”/“и”', () => {
    expect(mapFrameSpec(view(2017), en).title).toBe('SCO members, joint exercises and border incidents, 2017');
    expect(mapFrameSpec(view(2017, ALL_LAYERS, ['military', 'cyber', 'lawEnforcement']), en).subtitle).toContain('(military, law enforcement and cyber)');
    expect(mapFrameSpec(view(2017), serverMapText('ru')).title).toBe('ШОС: государства-члены, совместные учения и пограничные инциденты, 2017');
  });
  it('Chinese: the enumeration comma “、”, not “, ” (it was)', () => {
    expect(mapFrameSpec(view(2017), serverMapText('zh')).title).toBe('2017年上合组织成员国、联合演习和边境事件');
  });
  it('Chinese: the subtitle’s sentences end with “。” and follow each other without a space (it had “. ” and spaces)', () => {
    const subtitle = mapFrameSpec({ ...view(2017), judgedText: '以2017年12月31日为准。' }, serverMapText('zh')).subtitle ?? '';
    expect(subtitle).toMatch(/成员国：8[^.]*。以2017年12月31日为准。截至2017年的联合演习/);
    expect(subtitle).not.toMatch(/\. |。 /);
    expect(mapFrameSpec(view(2017), en).subtitle).toMatch(/Members: 8 · .*\. As on 31 December 2017\. Joint exercises/);
  });
});

describe('mapExportRows', () => {
  it('lists the states with a status in the year and the events shown, as the list view does', () => {
    const rows = mapExportRows(view(2001), en);
    expect(rows.filter((r) => r.type === 'State')).toHaveLength(6);
    const keys = mapExportColumns(en).map((c) => c.key);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...keys].sort());
    expect(mapExportRows(view(2007), en).some((r) => r.code === 'peace-mission-2007')).toBe(true);
  });
  it('leaves out the layers that are off', () => {
    expect(mapExportRows(view(2007, ['members']), en).every((r) => r.type === 'State')).toBe(true);
  });
});

describe('a map export names only what the view shows', () => {
  const labels = (v: MapExportInput) => mapFrameSpec(v, en).legend.map((l) => l.label);
  const kindOf = new Map(data.exercises.map((e) => [e.id, e.kind]));

  it('with every layer on: all of them in the title, subtitle and legend', () => {
    const spec = mapFrameSpec(view(2017), en);
    expect(spec.title).toBe('SCO members, joint exercises and border incidents, 2017');
    expect(spec.subtitle).toContain('Joint exercises and border incidents up to 2017');
    expect(labels(view(2017))).toEqual(expect.arrayContaining(['Members', 'Military', 'Cyber', 'Border incidents', 'Capital']));
  });

  it('with the incidents layer off: no incident in the title, subtitle, legend or CSV', () => {
    const v = view(2017, ['members', 'exercises', 'capitals']);
    const spec = mapFrameSpec(v, en);
    expect(spec.title).toBe('SCO members and joint exercises, 2017');
    expect(spec.subtitle).not.toMatch(/incident|Stars/i);
    expect(spec.subtitle).toContain('Joint exercises up to 2017');
    expect(labels(v)).not.toContain('Border incidents');
    const rows = mapExportRows(v, en);
    expect(rows.some((r) => r.type === 'Border incident')).toBe(false);
    expect(rows.some((r) => r.type === 'Joint exercise')).toBe(true);
  });

  it('with some exercise kinds: only those kinds named, keyed and listed', () => {
    const v = view(2017, ALL_LAYERS, ['military', 'cyber']);
    const spec = mapFrameSpec(v, en);
    expect(spec.subtitle).toContain('Joint exercises (military and cyber) and border incidents up to 2017');
    expect(labels(v)).toEqual(expect.arrayContaining(['Military', 'Cyber']));
    expect(labels(v)).not.toEqual(expect.arrayContaining(['Law enforcement']));
    expect(labels(v)).not.toContain('Border operation');
    const exerciseRows = mapExportRows(v, en).filter((r) => r.type === 'Joint exercise');
    expect(exerciseRows.length).toBeGreaterThan(0);
    for (const row of exerciseRows) expect(['military', 'cyber']).toContain(kindOf.get(String(row.code)));
  });

  it('with the exercises layer on but every kind filtered out: no exercise anywhere', () => {
    const v = view(2017, ALL_LAYERS, []);
    const spec = mapFrameSpec(v, en);
    expect(spec.title).toBe('SCO members and border incidents, 2017');
    expect(spec.subtitle).not.toMatch(/exercise/i);
    expect(spec.subtitle).toContain('Border incidents (stars) up to 2017');
    expect(mapExportRows(v, en).some((r) => r.type === 'Joint exercise')).toBe(false);
  });

  it('gives a state its status only with the members layer on, its capital only with the capitals layer on', () => {
    const statesOf = (v: MapExportInput) => mapExportRows(v, en).filter((r) => r.type === 'State');
    const both = statesOf(view(2017, ['members', 'capitals']));
    expect(both.find((r) => r.code === 'CHN')).toMatchObject({ statusOrKind: 'Member', places: 'Beijing' });
    expect(statesOf(view(2017, ['members'])).find((r) => r.code === 'CHN')).toMatchObject({ statusOrKind: 'Member', places: '' });
    const capitalsOnly = statesOf(view(2017, ['capitals']));
    expect(capitalsOnly).toHaveLength(both.length);
    expect(capitalsOnly.find((r) => r.code === 'CHN')).toMatchObject({ statusOrKind: '', places: 'Beijing' });
    expect(mapFrameSpec(view(2017, ['capitals']), en).title).toBe('The SCO region, 2017');
    expect(mapExportRows(view(2017, []), en)).toEqual([]);
  });

  it('holds the year’s view: no event after the year, the year’s states', () => {
    const rows = mapExportRows(view(2001), en);
    const years = rows.filter((r) => r.type !== 'State').map((r) => Number(/\d{4}/.exec(String(r.date))?.[0]));
    expect(Math.max(...years)).toBeLessThanOrEqual(2001);
    expect(rows.filter((r) => r.type === 'State').map((r) => r.code).sort()).toEqual(['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
  });
});

