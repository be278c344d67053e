import { describe, expect, it } from 'vitest';
import { chartViewFromParams, chartViewParams } from './chartViewParams';

const params = (query: string) => new URLSearchParams(query);

describe('a chart view in the URL', () => {
  it('reads the table and the second view, and writes them back the same', () => {
    const state = chartViewFromParams(params('table=1&extra=1'), true);
    expect(state).toEqual({ view: 'table', alt: true });
    expect(new URLSearchParams(Object.entries(chartViewParams(state)).filter((e): e is [string, string] => e[1] !== null)).toString()).toBe('table=1&extra=1');
  });

  it('drops the parameters for the default view, so plain links stay plain', () => {
    expect(chartViewParams({ view: 'chart', alt: false })).toEqual({ table: null, extra: null });
  });

  it('ignores malformed values and a second view the chart does not have', () => {
    expect(chartViewFromParams(params('table=yes&extra=<b>'), true)).toEqual({ view: 'chart', alt: false });
    expect(chartViewFromParams(params('extra=1'), false)).toEqual({ view: 'chart', alt: false });
  });
});
