import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { selectMapData } from './mapData';
import { mapYearClass, shownInClasses, shownInSelector, YEAR_RULES, yearStyleText } from './yearClasses';

describe('yearClasses', () => {
  it('writes a marker\'s years as classes the year\'s rule and selector find', () => {
    expect(shownInClasses([2016, 2017])).toBe('shown-2016 shown-2017');
    expect(shownInSelector(2017)).toBe('.shown-2017');
    expect(mapYearClass(2017)).toBe('map-year-2017');
  });

  it('hides every year-bound item but those of the svg\'s year, one rule a year', () => {
    const rules = yearStyleText(1996, 1998).split('\n');
    expect(rules).toEqual([
      '[data-marker-layer] [data-year-bound]{display:none}',
      '.map-year-1996 [data-marker-layer] .shown-1996{display:inline}',
      '.map-year-1997 [data-marker-layer] .shown-1997{display:inline}',
      '.map-year-1998 [data-marker-layer] .shown-1998{display:inline}',
    ]);
  });

  it('ships the rules as a static stylesheet (no <style> written at run time), for every year the map can show', () => {
    const css = readFileSync(join(__dirname, 'yearRules.css'), 'utf8');
    expect(css.slice(css.indexOf('*/') + 3)).toBe(`${yearStyleText(YEAR_RULES.from, YEAR_RULES.to)}\n`);
    const data = selectMapData({ states, exercises, incidents, sources, asOfDate: '2025-09-01', currentYear: new Date().getUTCFullYear() });
    expect(data.minYear).toBeGreaterThanOrEqual(YEAR_RULES.from);
    expect(data.maxYear).toBeLessThanOrEqual(YEAR_RULES.to);
  });
});
