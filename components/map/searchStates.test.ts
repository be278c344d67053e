import { describe, expect, it } from 'vitest';
import { searchStates } from './searchStates';
import { stateAliases } from './stateAliases';

const states = [
  { id: 'KGZ', name: 'Kyrgyzstan' },
  { id: 'KAZ', name: 'Kazakhstan' },
  { id: 'IND', name: 'India' },
  { id: 'IRN', name: 'Iran' },
  { id: 'ARE', name: 'United Arab Emirates' },
  { id: 'TUR', name: 'Türkiye' },
];
const ids = (q: string) => searchStates(states, q).map((s) => s.id);

describe('searchStates', () => {
  it('finds a state by its ISO code, whatever the case', () => {
    expect(ids('kgz')).toEqual(['KGZ']);
    expect(ids('IND')[0]).toBe('IND');
  });
  it('finds by the start of the name, then of any word', () => {
    expect(ids('k')).toEqual(['KAZ', 'KGZ']);
    expect(ids('arab')).toEqual(['ARE']);
  });
  it('ignores accents', () => {
    expect(ids('turkiye')).toEqual(['TUR']);
  });
  it('matches inside a name only from three letters on', () => {
    expect(ids('st')).toEqual([]);
    expect(ids('stan')).toEqual(['KAZ', 'KGZ']);
  });
  it('returns nothing for an empty query', () => {
    expect(ids('   ')).toEqual([]);
  });
});

describe('searchStates with the names people type', () => {
  const withAliases = ['KGZ', 'KAZ', 'IND', 'IRN', 'ARE', 'TUR', 'CHN', 'MMR', 'RUS'].map((id) => ({
    id,
    name: { KGZ: 'Kyrgyzstan', KAZ: 'Kazakhstan', IND: 'India', IRN: 'Iran', ARE: 'United Arab Emirates', TUR: 'Turkey', CHN: 'China', MMR: 'Myanmar', RUS: 'Russia' }[id] ?? id,
    aliases: stateAliases(id),
  }));
  const find = (q: string) => searchStates(withAliases, q).map((s) => s.id);

  it('finds current and former official names and common abbreviations', () => {
    expect(find('Türkiye')[0]).toBe('TUR');
    expect(find('burma')).toEqual(['MMR']);
    expect(find('UAE')).toEqual(['ARE']);
    expect(find('PRC')).toEqual(['CHN']);
    expect(find('Russian Federation')).toEqual(['RUS']);
  });

  it('finds two-letter ISO codes like three-letter ones', () => {
    expect(find('kg')[0]).toBe('KGZ');
    expect(find('CN')[0]).toBe('CHN');
  });

  it('finds the Russian and Chinese names', () => {
    expect(find('Киргизия')).toEqual(['KGZ']);
    expect(find('中国')).toEqual(['CHN']);
    expect(find('Индия')).toEqual(['IND']);
  });
});
