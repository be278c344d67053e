/**
 * The year a slider step shows ahead of React (yearSignal.ts) and the legend's words for it
 * (MapLegend's statusBlockView): the store tells its listeners only of another year, a part
 * that stops listening hears nothing more, and the legend's view of a year lists what a reader
 * sees for it.
 */
import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { states } from '@/data/states';
import { selectMapData } from './mapData';
import { statusBlockView } from './MapLegend';
import { createYearStatuses } from './mapModel';
import { serverMapText } from './serverMapText.server';
import { createYearSignal, perYear } from './yearSignal';

describe('createYearSignal', () => {
  it('tells every listener of another year, once, and nothing of the same year', () => {
    const signal = createYearSignal(2001);
    const heard: string[] = [];
    signal.subscribe((y) => heard.push(`a${y}`));
    signal.subscribe((y) => heard.push(`b${y}`));
    signal.set(2001);
    signal.set(2002);
    signal.set(2002);
    signal.set(1996);
    expect(heard).toEqual(['a2002', 'b2002', 'a1996', 'b1996']);
    expect(signal.get()).toBe(1996);
  });
  it('stops telling a listener once it has unsubscribed', () => {
    const signal = createYearSignal(2001);
    const heard: number[] = [];
    const stop = signal.subscribe((y) => heard.push(y));
    signal.set(2002);
    stop();
    signal.set(2003);
    expect(heard).toEqual([2002]);
  });
});

describe('perYear', () => {
  it('works a year out once and gives each year its own value', () => {
    let calls = 0;
    const label = perYear((y) => {
      calls += 1;
      return `Status in ${y}`;
    });
    expect([label(2001), label(2002), label(2001), label(2002)]).toEqual(['Status in 2001', 'Status in 2002', 'Status in 2001', 'Status in 2002']);
    expect(calls).toBe(2);
  });
});

describe('statusBlockView', () => {
  const data = selectMapData({ states, exercises, incidents, asOfDate: '2026-11-28', currentYear: 2026 });
  const byYear = createYearStatuses(data.states, data.asOf);
  const text = serverMapText('en');
  const shown = (year: number) =>
    statusBlockView(text, year, byYear.counts(year), 'judged')
      .rows.filter((r) => r.shown)
      .map((r) => `${r.status} ${r.count}`);

  it('lists the Shanghai Five in 1996 and the members and observers once there are observers', () => {
    expect(shown(1996)).toEqual(['shanghaiFive 5']);
    expect(shown(2004)).toEqual(['member 6', 'observer 1']);
    expect(statusBlockView(text, 2004, byYear.counts(2004), 'As on 31 December 2004.')).toMatchObject({ title: 'Status in 2004', judged: 'As on 31 December 2004.' });
  });
  it('keeps every status in its rows, in one order, so a step can show or hide each', () => {
    for (const year of [1996, 2004, 2017, 2026]) {
      expect(statusBlockView(text, year, byYear.counts(year), '').rows.map((r) => r.status)).toEqual(['shanghaiFive', 'member', 'observer', 'dialoguePartner', 'partner']);
    }
  });
  it('shows the first two statuses, at zero, in a year before any state held one', () => {
    expect(shown(data.minYear - 5)).toEqual(['shanghaiFive 0', 'member 0']);
  });
});
