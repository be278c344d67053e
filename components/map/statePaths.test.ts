import { describe, expect, it } from 'vitest';
import { statePaths, type GeographyPath } from './statePaths';

const geo = (numericId: string | null, svgPath: string | null): GeographyPath => ({ numericId, geography: { svgPath } });

describe('statePaths', () => {
  const isoByNumeric = new Map([
    ['417', 'KGZ'],
    ['356', 'IND'],
  ]);

  it('keys each state’s path by its ISO alpha-3 code', () => {
    const paths = statePaths([geo('417', 'M0,0h1v1z'), geo('356', 'M2,2h1v1z')], isoByNumeric);
    expect([...paths]).toEqual([
      ['KGZ', 'M0,0h1v1z'],
      ['IND', 'M2,2h1v1z'],
    ]);
  });

  it('leaves out features that are no state of the data, have no id, or have no path', () => {
    const paths = statePaths([geo('999', 'M0,0z'), geo(null, 'M1,1z'), geo('417', null), geo('356', '')], isoByNumeric);
    expect(paths.size).toBe(0);
  });

  it('takes the last path where a state has two features', () => {
    expect(statePaths([geo('417', 'M0,0z'), geo('417', 'M5,5z')], isoByNumeric).get('KGZ')).toBe('M5,5z');
  });
});
