import { describe, expect, it } from 'vitest';
import { parseSlideParam, slideParamValue } from './slideParam';

describe('parseSlideParam', () => {
  it('reads a slide number, 1-based', () => {
    expect(parseSlideParam('4', 13)).toEqual({ index: 3, canonical: '4', rewrite: false });
    expect(parseSlideParam('13', 13)).toEqual({ index: 12, canonical: '13', rewrite: false });
  });

  it('starts at the first slide when there is no parameter, without rewriting the URL', () => {
    expect(parseSlideParam(null, 13)).toEqual({ index: 0, canonical: null, rewrite: false });
  });

  it('lands out-of-range numbers on the nearest end and rewrites them', () => {
    expect(parseSlideParam('99', 13)).toEqual({ index: 12, canonical: '13', rewrite: true });
    expect(parseSlideParam('0', 13)).toEqual({ index: 0, canonical: '1', rewrite: true });
    expect(parseSlideParam('-5', 13)).toEqual({ index: 0, canonical: '1', rewrite: true });
    expect(parseSlideParam('1e309', 13)).toEqual({ index: 12, canonical: '13', rewrite: true });
    expect(parseSlideParam('-1e309', 13)).toEqual({ index: 0, canonical: '1', rewrite: true });
  });

  it('rounds fractions and drops padding', () => {
    expect(parseSlideParam('4.4', 13).canonical).toBe('4');
    expect(parseSlideParam('4.6', 13).canonical).toBe('5');
    expect(parseSlideParam(' 007 ', 13)).toEqual({ index: 6, canonical: '7', rewrite: true });
  });

  it('takes anything else for the first slide and rewrites it', () => {
    for (const raw of ['', 'abc', 'NaN', 'Infinity', '0x10', '4abc', '<script>alert(1)</script>', '../../etc', '١٢']) {
      expect(parseSlideParam(raw, 13)).toEqual({ index: 0, canonical: '1', rewrite: true });
    }
  });

  it('never points past a deck of one', () => {
    expect(parseSlideParam('2', 1).index).toBe(0);
  });

  it('writes an index as the number the counter shows', () => {
    expect(slideParamValue(0)).toBe('1');
    expect(slideParamValue(11)).toBe('12');
  });
});
