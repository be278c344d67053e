import { describe, expect, it } from 'vitest';
import { serverMapText } from './serverMapText.server';
import { eventMarkerName, eventTooltip, stateShapeName, stateStatusInYear, stateTooltip, troopsText } from './mapLabels';
import type { MapExerciseInfo, MapPlace } from './types';

const en = serverMapText('en');

const chebarkul: MapPlace = { name: 'Chebarkul', country: 'RUS', lon: 60.36, lat: 54.97, precision: 'town', basis: 'GeoNames town centre of Chebarkul' };
const pm2007: MapExerciseInfo = {
  type: 'exercise',
  id: 'peace-mission-2007',
  name: 'Peace Mission 2007',
  kind: 'military',
  start: '2007-08-09',
  month: 'August 2007',
  end: '2007-08-17',
  places: [chebarkul],
  hosts: ['RUS', 'CHN'],
  participants: ['RUS', 'CHN'],
  observers: [],
  troops: [],
  sourceIds: [],
};
const names = { RUS: 'Russia', CHN: 'China' };

describe('accessible names', () => {
  it('names a marker by event, place, country and month', () => {
    expect(eventMarkerName(en, pm2007, chebarkul, names)).toBe('Peace Mission 2007, Chebarkul, Russia, August 2007');
  });
  it('leaves the country out where the data names none (a disputed border)', () => {
    const galwan: MapPlace = { name: 'Galwan River mouth', lon: 78.17, lat: 34.75, precision: 'site', basis: 'river mouth' };
    expect(eventMarkerName(en, { ...pm2007, name: 'Galwan Valley clash', start: '2020-06-15', month: 'June 2020' }, galwan, names)).toBe('Galwan Valley clash, Galwan River mouth, June 2020');
  });
  it('names a state shape with its status in the year', () => {
    expect(stateShapeName(en, 'Kyrgyzstan', 'member')).toBe('Kyrgyzstan, member');
    expect(stateShapeName(en, 'India', undefined)).toBe('India, no SCO status');
    expect(stateStatusInYear(en, 'Kyrgyzstan', 'member', 2017)).toBe('Kyrgyzstan: Member in 2017');
    expect(stateStatusInYear(en, 'India', undefined, 2001)).toBe('India: no SCO status in 2001');
  });
});

describe('tooltip lines', () => {
  it('says when troop numbers are not known, and why the marker is small', () => {
    expect(troopsText(en, pm2007)).toMatch(/not stated/);
  });
  it('gives one source’s troop figure with its qualifier, and a range where sources differ', () => {
    expect(troopsText(en, { ...pm2007, troops: [{ value: 6500, qualifier: 'about' }] })).toBe('about 6,500 troops');
    expect(troopsText(en, { ...pm2007, troops: [{ value: 4000, qualifier: 'exact' }, { value: 6500, qualifier: 'exact' }] })).toBe(
      '4,000 to 6,500 troops (sources differ)',
    );
  });
  it('says where a point stands for its district or region, and not for a town', () => {
    const seat = { ...chebarkul, precision: 'region' as const, basis: 'seat of Chelyabinsk region' };
    expect(eventTooltip(en, pm2007, seat, names, 1).approximate).toBe('placed at: seat of Chelyabinsk region');
    expect(eventTooltip(en, pm2007, chebarkul, names, 1).approximate).toBeUndefined();
  });
  it('says a marker is one of several at its place', () => {
    expect(eventTooltip(en, pm2007, chebarkul, names, 3).lines).toContain('one of 3 events here');
  });
});

describe('state tooltip', () => {
  it('gives the status in the year and the capital, once each', () => {
    expect(stateTooltip(en, 'Iran', 'Tehran', 'observer', 2017)).toEqual({ title: 'Iran', lines: ['Observer in 2017', 'Capital: Tehran'] });
    expect(stateTooltip(en, 'India', 'New Delhi', undefined, 2001).lines[0]).toBe('No SCO status in 2001');
  });
});
