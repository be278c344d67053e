import { describe, expect, it } from 'vitest';
import { mapYearClass, shownInClasses, shownInSelector, yearStyleText } from './yearClasses';

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
});
