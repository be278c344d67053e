import { describe, expect, it } from 'vitest';
import { memberCount, statusAt, statusCountsInYear, statusInYear } from '@/lib/memberStatus';
import { DATA_AS_OF } from './meta';
import { DATASETS } from './registry';
import type { State } from './schema';
import { states as stateRows } from './states';
import { dateBounds, validateDatasets } from './validate';

/** Read as a user sees them: plain State records. */
const states: readonly State[] = stateRows;

const asOfBounds = dateBounds(DATA_AS_OF);
if (!asOfBounds) throw new Error(`DATA_AS_OF is not a date: ${DATA_AS_OF}`);
const asOf = asOfBounds[1];

function stateById(id: string) {
  const state = states.find((s) => s.id === id);
  if (!state) throw new Error(`no state ${id}`);
  return state;
}

function membersIn(year: number): string[] {
  return states
    .filter((s) => {
      const status = statusInYear(s, year, asOf);
      return status === 'member' || status === 'shanghaiFive';
    })
    .map((s) => s.id)
    .sort();
}

describe('member counts by year (as the map and the membership chart show them)', () => {
  it('1996: the five Shanghai Five states', () => {
    const counts = statusCountsInYear(states, 1996, asOf);
    expect(counts.shanghaiFive).toBe(5);
    expect(counts.member).toBe(0);
    expect(memberCount(counts)).toBe(5);
    expect(membersIn(1996)).toEqual(['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK']);
  });

  it('2001: six SCO members once Uzbekistan joins, and no Shanghai Five left', () => {
    const counts = statusCountsInYear(states, 2001, asOf);
    expect(counts.shanghaiFive).toBe(0);
    expect(memberCount(counts)).toBe(6);
    expect(membersIn(2001)).toContain('UZB');
  });

  it('2017: eight members with India and Pakistan', () => {
    expect(memberCount(statusCountsInYear(states, 2016, asOf))).toBe(6);
    expect(memberCount(statusCountsInYear(states, 2017, asOf))).toBe(8);
  });

  it('2023: nine members with Iran', () => {
    expect(memberCount(statusCountsInYear(states, 2023, asOf))).toBe(9);
    expect(membersIn(2023)).toContain('IRN');
  });

  it('2024: exactly the ten expected members', () => {
    expect(memberCount(statusCountsInYear(states, 2024, asOf))).toBe(10);
    expect(membersIn(2024)).toEqual(['BLR', 'CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB']);
  });

  it('2025: after Tianjin, 17 partners and no observers or dialogue partners left', () => {
    const counts = statusCountsInYear(states, 2025, asOf);
    expect(counts.partner).toBe(17);
    expect(counts.observer).toBe(0);
    expect(counts.dialoguePartner).toBe(0);
    expect(memberCount(counts)).toBe(10);
  });
});

describe('status of single states', () => {
  it('Mongolia is an observer in 2010 and a partner in 2025', () => {
    const mongolia = stateById('MNG');
    expect(statusInYear(mongolia, 2010, asOf)).toBe('observer');
    expect(statusInYear(mongolia, 2025, asOf)).toBe('partner');
  });

  it('the founders become SCO members on 15 June 2001, not a day earlier', () => {
    const kazakhstan = stateById('KAZ');
    expect(statusAt(kazakhstan, Date.UTC(2001, 5, 14))).toBe('shanghaiFive');
    expect(statusAt(kazakhstan, Date.UTC(2001, 5, 15))).toBe('member');
  });

  it('Belarus moves from dialogue partner to observer to member', () => {
    const belarus = stateById('BLR');
    expect(statusInYear(belarus, 2010, asOf)).toBe('dialoguePartner');
    expect(statusInYear(belarus, 2016, asOf)).toBe('observer');
    expect(statusInYear(belarus, 2024, asOf)).toBe('member');
  });

  it('India’s accession keeps the contested “admitted 2015” claim beside the 2017 date', () => {
    const membership = stateById('IND').statusHistory.find((p) => p.status === 'member');
    expect(membership?.from).toBe('2017-06-09');
    expect(membership?.confidence).toBe('conflicting');
    const claimed = membership?.claims?.map((c) => c.value) ?? [];
    expect(claimed.some((v) => v.startsWith('2015'))).toBe(true);
    expect(claimed.some((v) => v.startsWith('2017-06-09'))).toBe(true);
  });

  it('Laos is a partner from the Tianjin summit and nothing before', () => {
    const laos = stateById('LAO');
    expect(statusInYear(laos, 2024, asOf)).toBeUndefined();
    expect(statusAt(laos, Date.UTC(2025, 8, 1))).toBe('partner');
  });

  it('Turkmenistan, only ever a guest, is not listed', () => {
    expect(states.some((s) => s.id === 'TKM')).toBe(false);
    expect(states).toHaveLength(27);
  });
});

describe('the states dataset as data', () => {
  it('passes the validator without a single problem', () => {
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/states.ts');
    expect(problems).toEqual([]);
  });

  it('lists each state once', () => {
    expect(new Set(states.map((s) => s.id)).size).toBe(states.length);
  });

  it('only the last status period of a state is open-ended, and periods meet without gaps', () => {
    for (const s of states) {
      s.statusHistory.forEach((p, i) => {
        const next = s.statusHistory[i + 1];
        if (next) expect(p.to, `${s.id} period ${i}`).toBe(next.from);
        else expect(p.to, `${s.id} last period`).toBeUndefined();
      });
    }
  });

  it('places every capital on a town point or says what it approximates', () => {
    for (const s of states) {
      expect(['town', 'approximate'], s.id).toContain(s.capital.coord.precision);
      expect(s.capital.coord.basis.length, s.id).toBeGreaterThan(10);
    }
  });
});
