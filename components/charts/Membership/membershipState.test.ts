import { describe, expect, it } from 'vitest';
import type { State } from '@/data/schema';
import { states } from '@/data/states';
import { noOverlaps } from '../shared/labelLayout';
import { CTX } from '../shared/testFixtures';
import { labelYears, lanes, membershipLayout, membershipTips, toLaneRows, toRows, yearCounts, type MembershipState } from './membershipState';
import { yearForKey, yearFromParam } from '../shared/yearParam';

const ASOF = '2025-09-01';
const ref = { sourceId: 'seed', quote: 'q' };
const period = (status: State['statusHistory'][number]['status'], from: string, to?: string) => ({
  status,
  from,
  ...(to !== undefined ? { to } : {}),
  sources: [ref],
  confidence: 'sourced' as const,
});
const FIXTURE: MembershipState[] = [
  { id: 'KAZ', name: 'Kazakhstan', statusHistory: [period('shanghaiFive', '1996-04-26', '2001-06-15'), period('member', '2001-06-15')] },
  { id: 'UZB', name: 'Uzbekistan', statusHistory: [period('member', '2001-06-15')] },
  { id: 'IND', name: 'India', statusHistory: [period('observer', '2005-07', '2017-06-09'), period('member', '2017-06-09')] },
  { id: 'MNG', name: 'Mongolia', statusHistory: [period('observer', '2004', '2025-09-01'), period('partner', '2025-09-01')] },
];

describe('yearCounts with the real states', () => {
  const real: readonly State[] = states;
  const members = new Map(yearCounts(real, ASOF).map((y) => [y.year, y.members]));
  it('counts the Shanghai Five, the founding six and each enlargement', () => {
    expect(members.get(1996)).toBe(5);
    expect(members.get(2001)).toBe(6);
    expect(members.get(2017)).toBe(8);
    expect(members.get(2023)).toBe(9);
    expect(members.get(2024)).toBe(10);
  });
  it('has one row per year from 1996 to the data date', () => {
    const rows = toRows(yearCounts(real, ASOF), 'en').rows;
    expect(rows[0]?.year).toBe('1996');
    expect(rows[rows.length - 1]?.year).toBe('2025');
    expect(rows).toHaveLength(30);
  });
});

describe('yearFromParam and yearForKey', () => {
  const range = { minYear: 1996, maxYear: 2025 };
  it('reads a year the chart shows and falls back to the latest for anything else', () => {
    expect(yearFromParam('2017', range)).toBe(2017);
    expect(yearFromParam(null, range)).toBe(2025);
    expect(yearFromParam('1990', range)).toBe(2025);
    expect(yearFromParam('2017abc', range)).toBe(2025);
    expect(yearFromParam('<script>', range)).toBe(2025);
  });
  it('steps with the arrows and stops at the ends', () => {
    expect(yearForKey('ArrowRight', 2017, range)).toBe(2018);
    expect(yearForKey('ArrowLeft', 1996, range)).toBe(1996);
    expect(yearForKey('End', 2001, range)).toBe(2025);
    expect(yearForKey('Home', 2001, range)).toBe(1996);
    expect(yearForKey('a', 2001, range)).toBeUndefined();
  });
});

describe('lanes', () => {
  it('orders states by when their first status began', () => {
    expect(lanes(FIXTURE, ASOF, 'en').map((l) => l.name)).toEqual(['Kazakhstan', 'Uzbekistan', 'Mongolia', 'India']);
  });
  it('ends a status that still holds at the data date and lists it as open in the table', () => {
    const india = lanes(FIXTURE, ASOF, 'en').find((l) => l.id === 'IND');
    expect(india?.periods[1]?.open).toBe(true);
    const rows = toLaneRows(lanes(FIXTURE, ASOF, 'en'), CTX).rows.filter((r) => r.state === 'India');
    expect(rows).toEqual([
      { state: 'India', status: 'Observer', from: 'July 2005', to: '9 June 2017', sources: 'Su Chang & Li Xinwei (2021)' },
      { state: 'India', status: 'Member', from: '9 June 2017', to: '', sources: 'Su Chang & Li Xinwei (2021)' },
    ]);
  });
});

describe('membershipLayout', () => {
  const counts = yearCounts(FIXTURE, ASOF);
  const layout = membershipLayout(labelYears(counts, 'en'), lanes(FIXTURE, ASOF, 'en'), ASOF, 'full');

  it('colours the members line as the Shanghai Five before 2001, then as members', () => {
    const members = layout.steps.find((s) => s.key === 'members');
    expect(members?.segments.map((s) => s.token)).toEqual(['--status-shanghai-five', '--status-member']);
  });

  it('does not draw a series before it first has a state', () => {
    const partner = layout.steps.find((s) => s.key === 'partner');
    const start = partner?.segments[0]?.points[0]?.x;
    const col2025 = layout.years.find((y) => y.year === 2025);
    expect(start).toBe(col2025?.x0);
  });

  it('gives every year a column, side by side, named with its counts', () => {
    for (let i = 1; i < layout.years.length; i++) expect(layout.years[i]?.x0).toBe(layout.years[i - 1]?.x1);
    expect(layout.years.find((y) => y.year === 2017)?.name).toBe('2017: 3 members, 1 observer');
  });

  it('keeps end labels and lanes apart', () => {
    expect(noOverlaps(layout.endLabels.map((l) => ({ x: 0, y: l.y - 7, width: 1, height: 14 })))).toBe(true);
    expect(noOverlaps(layout.lanes.map((l) => ({ x: 0, y: l.y, width: 1, height: layout.laneHeight })))).toBe(true);
  });

  it('labels the counts of the selected year, not only the latest', () => {
    expect(layout.endLabelsByYear[2017]?.map((l) => l.text)).toEqual(layout.years.find((y) => y.year === 2017)?.name.replace('2017: ', '').split(', '));
    expect(layout.endLabelsByYear[2017]).not.toEqual(layout.endLabels);
    for (const labels of Object.values(layout.endLabelsByYear)) expect(noOverlaps(labels.map((l) => ({ x: 0, y: l.y - 7, width: 1, height: 14 })))).toBe(true);
  });

  it('ticks the year axis at regular steps of five years', () => {
    const years = layout.xTicks.map((t) => t.year);
    expect(years.length).toBeGreaterThan(2);
    for (let i = 1; i < years.length; i++) expect((years[i] ?? 0) - (years[i - 1] ?? 0)).toBe(5);
  });

  it('has a tooltip for every year and every status period', () => {
    const tips = membershipTips(counts, lanes(FIXTURE, ASOF, 'en'), CTX);
    expect(tips['year-2005']?.lines).toContain('Observers: 2');
    expect(tips['IND-0']?.title).toBe('India: Observer');
  });
});
