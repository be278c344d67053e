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

  it('India and Pakistan are members from 9 June 2017; Ufa 2015 only launched the procedure', () => {
    for (const id of ['IND', 'PAK']) {
      const membership = stateById(id).statusHistory.find((p) => p.status === 'member');
      expect(membership?.from, id).toBe('2017-06-09');
      expect(membership?.decided, id).toBe('2015-07-10');
      expect(statusAt(stateById(id), Date.UTC(2016, 6, 1)), id).toBe('observer');
    }
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

describe('statuses that belong: launched procedures are not drawn as granted', () => {
  const at = (iso: string, y: number, m: number, d: number) => statusAt(stateById(iso), Date.UTC(y, m - 1, d));

  it('records every decision before the status took effect', () => {
    for (const s of states) {
      for (const p of s.statusHistory) {
        if (p.decided === undefined) continue;
        const decided = dateBounds(p.decided);
        const from = dateBounds(p.from);
        expect(decided && from && decided[1] < from[0], `${s.id} ${p.status}: decided ${p.decided} is not before ${p.from}`).toBe(true);
      }
    }
  });

  it('Iran is not a member before 4 July 2023, though its accession began at Dushanbe in 2021', () => {
    expect(at('IRN', 2021, 9, 18)).toBe('observer');
    expect(at('IRN', 2022, 9, 17)).toBe('observer');
    expect(at('IRN', 2023, 7, 3)).toBe('observer');
    expect(at('IRN', 2023, 7, 4)).toBe('member');
    expect(stateById('IRN').statusHistory.find((p) => p.status === 'member')?.decided).toBe('2021-09-17');
    expect(memberCount(statusCountsInYear(states, 2022, asOf))).toBe(8);
  });

  it('Belarus is not a member before 4 July 2024, though its accession began at Samarkand in 2022', () => {
    expect(at('BLR', 2023, 7, 5)).toBe('observer');
    expect(at('BLR', 2024, 7, 3)).toBe('observer');
    expect(at('BLR', 2024, 7, 4)).toBe('member');
    expect(stateById('BLR').statusHistory.find((p) => p.status === 'member')?.decided).toBe('2022-09-16');
    expect(memberCount(statusCountsInYear(states, 2023, asOf))).toBe(9);
  });

  it('Belarus’s dialogue partnership, decided in June 2009, is drawn from 2010', () => {
    const partner = stateById('BLR').statusHistory[0];
    expect(partner).toMatchObject({ status: 'dialoguePartner', decided: '2009-06-16', from: '2010' });
    expect(statusInYear(stateById('BLR'), 2009, asOf)).toBeUndefined();
  });

  it.each([
    ['TUR', '2012-06', '2013-04-26'],
    ['KHM', '2015-07-10', '2015-09-24'],
    ['AZE', '2015-07-10', '2016-03-14'],
    ['NPL', '2015-07-10', '2016-03-22'],
    ['ARM', '2015-07-10', '2016-04-16'],
    ['EGY', '2021-09', '2022-09-14'],
    ['QAT', '2021-09', '2022-09-14'],
    ['SAU', '2021-09', '2022-09-16'],
    ['KWT', '2022-09-16', '2023-05'],
    ['ARE', '2022-09-16', '2023-05'],
    ['MDV', '2022-09-16', '2023-05'],
    ['MMR', '2022-09-16', '2023-05'],
    ['BHR', '2022-09-16', '2023-07'],
  ])('%s: dialogue partner decided %s, in effect from its memorandum, %s', (iso, decided, from) => {
    const partner = stateById(iso).statusHistory.find((p) => p.status === 'dialoguePartner');
    expect(partner).toMatchObject({ decided, from });
  });

  it('the five states whose procedure began at Samarkand are not dialogue partners in 2022', () => {
    for (const iso of ['BHR', 'KWT', 'MDV', 'MMR', 'ARE']) expect(statusInYear(stateById(iso), 2022, asOf), iso).toBeUndefined();
    expect(statusCountsInYear(states, 2022, asOf).dialoguePartner).toBe(9);
  });

  it('the four states chosen at Ufa are not dialogue partners in 2015 until their memoranda', () => {
    expect(at('AZE', 2015, 12, 31)).toBeUndefined();
    expect(at('KHM', 2015, 12, 31)).toBe('dialoguePartner');
    expect(at('ARM', 2016, 4, 15)).toBeUndefined();
    expect(at('ARM', 2016, 4, 16)).toBe('dialoguePartner');
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
