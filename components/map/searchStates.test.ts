import { describe, expect, it } from 'vitest';
import { searchStates } from './searchStates';

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
