import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { CHART_ID } from './chartIds';
import { toRows as exerciseRows, yearBins } from './ExercisesByYear/exercisesByYearState';
import { asOfYear, toRows as membershipRows, yearCounts } from './Membership/membershipState';
import { exercisesNativeChart, membershipNativeChart, terrorismNativeCharts } from './nativeCharts';
import { nativeChartsFor, NATIVE_CHART_IDS } from './nativeChartsFromData';
import { serverContext } from './shared/serverContext';
import { terrorismPanels, toRows as terrorismRows } from './Terrorism2020/terrorism2020State';

const ctx = serverContext('en');
const lastYear = asOfYear(ctx.asOf);

describe('terrorismNativeCharts (real data)', () => {
  const panels = terrorismPanels(terrorismStats, ctx, { otherYears: false });
  const charts = terrorismNativeCharts(panels, 'en');

  it('makes one horizontal bar chart per panel, one measure each', () => {
    expect(charts.map((c) => c.title)).toEqual(panels.map((p) => p.label));
    for (const chart of charts) {
      expect(chart).toMatchObject({ kind: 'bar', horizontal: true });
      expect(chart.series).toHaveLength(1);
      expect(chart.series[0]?.values).toHaveLength(chart.categories.length);
    }
  });

  it('carries the figures of the table, in its order', () => {
    const fromCharts = charts.flatMap((c) => c.series[0]?.values ?? []);
    expect(fromCharts).toEqual(terrorismRows(panels, ctx).rows.map((r) => r.value));
  });

  it('names each bar by country and period, with its qualifier and a dispute flag', () => {
    const attacks = charts.find((c) => c.title === 'Terrorist attacks prevented');
    const russia = attacks?.categories.findIndex((c) => c.startsWith('Russia'));
    expect(attacks?.categories[russia ?? -1]).toBe('Russia · 2020 · disputed');
    expect(attacks?.series[0]?.values[russia ?? -1]).toBe(41);
    const arrests = charts.find((c) => c.title === 'Suspects arrested');
    expect(arrests?.categories).toContain('Tajikistan · January–June 2020 · more than 200');
  });
});

describe('exercisesNativeChart (real data)', () => {
  const bins = yearBins(exercises, lastYear);
  const chart = exercisesNativeChart(bins, 'en');
  const rows = exerciseRows(bins, ctx).rows;

  it('stacks every year on the axis, gap years included', () => {
    expect(chart.kind).toBe('stackedBar');
    expect(chart.categories).toEqual(rows.map((r) => r.year));
    expect(chart.categories.at(-1)).toBe(String(lastYear));
    const years = chart.categories.map(Number);
    expect(years).toEqual(years.map((_, i) => (years[0] ?? 0) + i));
  });

  it('has the table’s count of each kind in each year, adding up to the year’s total', () => {
    chart.series.forEach((series) => expect(series.values).toHaveLength(rows.length));
    rows.forEach((row, i) => {
      const sum = chart.series.reduce((total, s) => total + (s.values[i] ?? 0), 0);
      expect(sum).toBe(row.total);
    });
    const military = chart.series.find((s) => s.name === 'Military');
    expect(military?.values).toEqual(rows.map((r) => r.military));
  });
});

describe('membershipNativeChart (real data)', () => {
  const counts = yearCounts(states, ctx.asOf);
  const chart = membershipNativeChart(counts, ctx.asOf, 'en');
  const rows = membershipRows(counts, 'en').rows;
  const series = (name: string) => chart.series.find((s) => s.name === name)?.values ?? [];
  const at = (name: string, year: number) => series(name)[chart.categories.indexOf(String(year))];

  it('draws a line per status over every year since 1996', () => {
    expect(chart.kind).toBe('line');
    expect(chart.categories[0]).toBe('1996');
    expect(chart.categories).toEqual(rows.map((r) => r.year));
  });

  it('counts members as the map does: 5, 6, 8, 9, 10', () => {
    expect(series('Members (incl. Shanghai Five)')).toEqual(rows.map((r) => r.members));
    expect([1996, 2001, 2017, 2023, 2024].map((y) => at('Members (incl. Shanghai Five)', y))).toEqual([5, 6, 8, 9, 10]);
  });

  it('leaves a status blank before it existed and after its drop to zero', () => {
    expect(at('Observers', 2003)).toBeNull();
    expect(at('Observers', 2004)).toBe(1);
    expect(at('Observers', 2025)).toBe(0);
    expect(at('Observers', 2026)).toBeNull();
    expect(at('Partners', 2024)).toBeNull();
    expect(at('Partners', 2025)).toBe(17);
  });
});

describe('nativeChartsFor', () => {
  it('gives the bar and line charts an editable version, and no other chart', () => {
    for (const id of NATIVE_CHART_IDS) expect(nativeChartsFor(id, 'en').length).toBeGreaterThan(0);
    expect(nativeChartsFor(CHART_ID.ratsFigures, 'en')).toEqual([]);
    expect(nativeChartsFor(CHART_ID.milestones, 'en')).toEqual([]);
  });
});
