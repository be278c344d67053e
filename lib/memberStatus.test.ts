import { describe, expect, it } from 'vitest';
import { memberCount, statusAt, statusCountsInYear, statusInYear, type StateStatusInput } from './memberStatus';

const asOf = Date.UTC(2026, 10, 28);

const kazakhstanLike: StateStatusInput = {
  id: 'AAA',
  statusHistory: [
    { status: 'shanghaiFive', from: '1996-04-26', to: '2001-06-15' },
    { status: 'member', from: '2001-06-15' },
  ],
};
const observerThenMember: StateStatusInput = {
  id: 'BBB',
  statusHistory: [
    { status: 'observer', from: '2005-07', to: '2017-06-09' },
    { status: 'member', from: '2017-06-09' },
  ],
};

describe('statusAt', () => {
  it('switches status on the day the next period begins', () => {
    expect(statusAt(kazakhstanLike, Date.UTC(2001, 5, 14))).toBe('shanghaiFive');
    expect(statusAt(kazakhstanLike, Date.UTC(2001, 5, 15))).toBe('member');
  });
  it('has no status before the first period', () => {
    expect(statusAt(observerThenMember, Date.UTC(2004, 0, 1))).toBeUndefined();
  });
});

describe('statusInYear', () => {
  it('judges a year by its last day', () => {
    expect(statusInYear(observerThenMember, 2005, asOf)).toBe('observer');
    expect(statusInYear(observerThenMember, 2017, asOf)).toBe('member');
    expect(statusInYear(kazakhstanLike, 1996, asOf)).toBe('shanghaiFive');
  });
  it('judges the current year by the as-of date', () => {
    const joinsInDecember: StateStatusInput = { id: 'CCC', statusHistory: [{ status: 'member', from: '2026-12-20' }] };
    expect(statusInYear(joinsInDecember, 2026, asOf)).toBeUndefined();
  });
});

describe('statusCountsInYear', () => {
  it('counts Shanghai Five and members together as members', () => {
    const y1996 = statusCountsInYear([kazakhstanLike, observerThenMember], 1996, asOf);
    expect(y1996.shanghaiFive).toBe(1);
    expect(memberCount(y1996)).toBe(1);
    const y2010 = statusCountsInYear([kazakhstanLike, observerThenMember], 2010, asOf);
    expect(y2010).toMatchObject({ member: 1, observer: 1, shanghaiFive: 0 });
  });
});
