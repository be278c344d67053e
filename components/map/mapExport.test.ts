import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { selectMapData } from './mapData';
import { mapExportColumns, mapExportRows, mapFrameSpec, type MapExportInput } from './mapExport';
import { eventsUpTo, exercisesShown, legendCounts, statusesInYear } from './mapModel';
import { ALL_KINDS, ALL_LAYERS, type MapLayer } from './urlState';

const data = selectMapData({ states, exercises, incidents, sources, asOfDate: '2025-09-01', currentYear: 2026 });

function view(year: number, layers: readonly MapLayer[] = ALL_LAYERS): MapExportInput {
  return {
    data,
    year,
    layers,
    kinds: ALL_KINDS,
    counts: legendCounts(data.states, year, data.asOf),
    statuses: statusesInYear(data.states, year, data.asOf),
    exercises: exercisesShown(data.exercises, year, ALL_KINDS),
    incidents: eventsUpTo(data.incidents, year),
    judgedText: `As on 31 December ${year}.`,
  };
}

describe('mapFrameSpec', () => {
  it('titles the export with its year and counts the statuses in the subtitle', () => {
    const spec = mapFrameSpec(view(2017));
    expect(spec.title).toContain('2017');
    expect(spec.subtitle).toContain('Members: 8');
    expect(spec.legend.map((l) => l.label)).toEqual(expect.arrayContaining(['Members', 'Observers', 'Military']));
  });
  it('names the article first in the source line, and only sources of what is shown', () => {
    const spec = mapFrameSpec(view(2017));
    expect(spec.sourceLine).toMatch(/^Source/);
    expect(spec.sourceLine).toContain('Su Chang');
    const onlyMembers = mapFrameSpec(view(2017, ['members']));
    expect(onlyMembers.legend.every((l) => l.colorToken.startsWith('--status-'))).toBe(true);
  });
});

describe('mapExportRows', () => {
  it('lists the states with a status in the year and the events shown, as the list view does', () => {
    const rows = mapExportRows(view(2001));
    expect(rows.filter((r) => r.type === 'State')).toHaveLength(6);
    const keys = mapExportColumns().map((c) => c.key);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...keys].sort());
    expect(mapExportRows(view(2007)).some((r) => r.code === 'peace-mission-2007')).toBe(true);
  });
  it('leaves out the layers that are off', () => {
    expect(mapExportRows(view(2007, ['members'])).every((r) => r.type === 'State')).toBe(true);
  });
});
