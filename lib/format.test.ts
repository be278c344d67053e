import { describe, expect, it } from 'vitest';
import { formatCount, formatDateRange, formatNumber, formatPartialDate } from './format';

describe('formatPartialDate', () => {
  it('shows a year alone as the year', () => {
    expect(formatPartialDate('2005', 'en')).toBe('2005');
  });
  it('shows a month as month and year', () => {
    expect(formatPartialDate('2005-07', 'en')).toBe('July 2005');
  });
  it('shows a day as day, month and year', () => {
    expect(formatPartialDate('2017-06-09', 'en')).toBe('9 June 2017');
  });
  it('does not shift a date across time zones (first and last day of a year)', () => {
    expect(formatPartialDate('2001-01-01', 'en')).toBe('1 January 2001');
    expect(formatPartialDate('2025-12-31', 'en')).toBe('31 December 2025');
  });
  it('returns text that is not a partial date unchanged', () => {
    expect(formatPartialDate('spring 2019', 'en')).toBe('spring 2019');
  });
});

describe('formatDateRange', () => {
  it('joins start and end with a spaced dash', () => {
    expect(formatDateRange('2007-08-09', '2007-08-17', 'en')).toBe('9 August – 17 August 2007');
    expect(formatDateRange('2007-12-30', '2008-01-02', 'en')).toBe('30 December 2007 – 2 January 2008');
  });

  it('writes a span the way each language does, the shared year once', () => {
    expect(formatDateRange('2020-01', '2020-06', 'zh')).toBe('2020年1月至6月');
    expect(formatDateRange('2007-08-09', '2007-08-17', 'zh')).toBe('2007年8月9日至8月17日');
    expect(formatDateRange('2007-08-09', '2007-08-17', 'ru')).toBe('9 августа — 17 августа 2007 г.');
    expect(formatDateRange('2020-01', '2021-06', 'ru')).toBe('январь 2020 г. — июнь 2021 г.');
  });
  it('shows one date when the end is missing or the same', () => {
    expect(formatDateRange('2005-07', undefined, 'en')).toBe('July 2005');
    expect(formatDateRange('2019', '2019', 'en')).toBe('2019');
  });
});

describe('formatCount', () => {
  it('keeps the source’s qualifier in words', () => {
    expect(formatCount(45000, 'moreThan', undefined, 'en')).toBe('more than 45,000');
    expect(formatCount(52, 'atLeast', undefined, 'en')).toBe('at least 52');
    expect(formatCount(300, 'nearly', undefined, 'en')).toBe('nearly 300');
    expect(formatCount(2500, 'about', undefined, 'en')).toBe('about 2,500');
    expect(formatCount(10000, 'upTo', undefined, 'en')).toBe('up to 10,000');
  });
  it('in Russian and Chinese, with their words and digit grouping', () => {
    expect(formatCount(45000, 'moreThan', undefined, 'ru')).toBe('более 45\u00a0000');
    expect(formatCount(45000, 'moreThan', undefined, 'zh')).toBe('超过45,000');
    expect(formatCount(2000, 'about', 3000, 'zh')).toBe('约2,000至3,000');
  });
  it('shows an exact count as the bare number', () => {
    expect(formatCount(4500, 'exact', undefined, 'en')).toBe('4,500');
    expect(formatCount(1234567, 'exact', undefined, 'en')).toBe('1,234,567');
  });
  it('shows a range where the source gives one', () => {
    expect(formatCount(2000, 'about', 3000, 'en')).toBe('about 2,000–3,000');
    expect(formatCount(7, 'exact', 7, 'en')).toBe('7');
  });
});

describe('formatNumber', () => {
  it('groups thousands', () => {
    expect(formatNumber(4500, 'en')).toBe('4,500');
    expect(formatNumber(0, 'en')).toBe('0');
  });
});
