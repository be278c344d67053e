import { describe, expect, it } from 'vitest';
import { defaultViewState, mapViewQuery, type MapUrlContext, type MapViewState } from './urlState';
import { reconcileUrl, wroteUrl, type UrlSyncState } from './urlSync';

const ctx: MapUrlContext = { minYear: 1996, maxYear: 2026, defaultYear: 2026, stateIds: new Set(), eventIds: new Set() };
const at = (year: number): MapViewState => ({ ...defaultViewState(ctx), year });
const key = (year: number) => mapViewQuery(at(year));
const start: UrlSyncState = { view: at(2010), echoes: [], seen: key(2010), adopted: 0 };

describe('reconcileUrl', () => {
  it('does not pull the view back when a late echo of our own write arrives', () => {
    // We wrote 2011, then the user moved on to 2013 before Next reported 2011.
    let s = wroteUrl({ ...start, view: at(2011) }, key(2011));
    s = { ...s, view: at(2013) };
    s = reconcileUrl(s, key(2011), at(2011));
    expect(s.view.year).toBe(2013);
    expect(s.echoes).toEqual([]);
  });
  it('treats several writes reported as one as echoes', () => {
    let s = wroteUrl(wroteUrl(start, key(2011)), key(2012));
    s = { ...s, view: at(2012) };
    s = reconcileUrl(s, key(2012), at(2012));
    expect(s.view.year).toBe(2012);
    expect(s.echoes).toEqual([]);
  });
  it('adopts a change someone else makes, and counts it', () => {
    const s = reconcileUrl(start, key(2005), at(2005));
    expect(s.view.year).toBe(2005);
    expect(s.adopted).toBe(1);
  });
  it('adopts a year we showed before once its echo has come back (the chart picks it again)', () => {
    let s = wroteUrl(start, key(2011));
    s = reconcileUrl({ ...s, view: at(2011) }, key(2011), at(2011));
    s = { ...s, view: at(2012) };
    s = reconcileUrl(wroteUrl(s, key(2012)), key(2012), at(2012));
    s = reconcileUrl(s, key(2011), at(2011));
    expect(s.view.year).toBe(2011);
    expect(s.adopted).toBe(1);
  });
  it('keeps the view it already shows when the URL it reads first names that view', () => {
    // Hydrated at the default view, then the URL is read: `/?year=2010` while showing 2010.
    const hydrated: UrlSyncState = { view: at(2010), echoes: [], seen: null, adopted: 0 };
    const s = reconcileUrl(hydrated, key(2010), at(2010));
    expect(s.view).toBe(hydrated.view);
    expect(s.seen).toBe(key(2010));
    expect(reconcileUrl(hydrated, key(1996), at(1996)).view.year).toBe(1996);
  });
  it('does nothing while the URL stays the same', () => {
    expect(reconcileUrl(start, key(2010), at(2010))).toBe(start);
  });
});
