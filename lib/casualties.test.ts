import { describe, expect, it } from 'vitest';
import { incidents } from '@/data/incidents';
import { states } from '@/data/states';
import { casualtiesShortText, casualtiesText, casualtyFigure, largestStatement, statementRanges, statementText, type CasualtyStatement } from './casualties';

const names = { KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', IND: 'India', PAK: 'Pakistan' };

const kyrgyzEarly: CasualtyStatement = {
  killed: { value: 36, qualifier: 'exact' },
  side: 'KGZ',
  people: 'all',
  statedBy: 'Kyrgyz Ministry of Health',
  asOf: '2022-09-16',
};
const kyrgyzLater: CasualtyStatement = {
  killed: { value: 59, qualifier: 'exact' },
  injured: { value: 144, qualifier: 'exact' },
  side: 'KGZ',
  people: 'all',
  statedBy: 'Kyrgyz Ministry of Health',
  asOf: '2022-09-18',
};
const tajik: CasualtyStatement = {
  killed: { value: 41, qualifier: 'moreThan' },
  side: 'TJK',
  people: 'all',
  statedBy: 'Tajik Ministry of Foreign Affairs',
  asOf: '2022-09-20',
};
const militantsClaim: CasualtyStatement = {
  killed: { value: 70, qualifier: 'about' },
  people: 'militants',
  side: 'PAK',
  statedBy: 'Indian officials (unverified)',
  asOf: '2025-05-07',
};
const civiliansInjured: CasualtyStatement = {
  injured: { value: 59, qualifier: 'exact' },
  people: 'civilians',
  side: 'IND',
  statedBy: 'Indian Ministry of External Affairs',
  asOf: '2025-05-08',
};

describe('one statement', () => {
  it('reads with its qualifier, whose people it counts, who gave it and when', () => {
    expect(statementText(tajik, names, 'en')).toBe('more than 41 killed: people (soldiers and civilians not told apart) of Tajikistan (Tajik Ministry of Foreign Affairs, 20 September 2022)');
    expect(statementText(civiliansInjured, names, 'en')).toBe('59 injured: civilians of India (Indian Ministry of External Affairs, 8 May 2025)');
  });
});

describe('an incident’s summary', () => {
  it('is the one statement when there is one', () => {
    expect(casualtiesText({ casualties: [tajik] }, names, 'en')).toBe(statementText(tajik, names, 'en'));
  });

  it('never pairs figures of different statements: militants killed and civilians injured stay apart', () => {
    const text = casualtiesText({ casualties: [militantsClaim, civiliansInjured] }, names, 'en');
    expect(text).not.toMatch(/70 killed, 59 injured/);
    expect(text).toContain('about 70 killed: militants of Pakistan (Indian officials (unverified), 7 May 2025)');
    expect(largestStatement({ casualties: [militantsClaim, civiliansInjured] })).toBe(militantsClaim);
  });

  it('gives the range where statements on the same side and people differ, and never adds sides', () => {
    const casualties = [kyrgyzEarly, kyrgyzLater, tajik];
    expect(statementRanges({ casualties }, names, 'en')).toEqual(['killed, people (soldiers and civilians not told apart) of Kyrgyzstan: 36–59 by date and source']);
    const text = casualtiesText({ casualties }, names, 'en');
    expect(text).toMatch(/^Largest single statement: 59 killed, 144 injured: people \(soldiers and civilians not told apart\) of Kyrgyzstan/);
    expect(text).not.toMatch(/100|95/);
  });

  it('sizes a marker by one statement’s figures, not a sum across statements', () => {
    expect(casualtyFigure({ casualties: [kyrgyzEarly, kyrgyzLater, tajik] })).toBe(59 + 144);
    expect(casualtyFigure({ casualties: [militantsClaim, civiliansInjured] })).toBe(70);
    expect(casualtyFigure({ casualties: [] })).toBeNull();
  });

  it('reads short in a tooltip: the largest statement, and how many others the details hold', () => {
    expect(casualtiesShortText({ casualties: [kyrgyzEarly, kyrgyzLater, tajik] }, names, 'en')).toMatch(/; 2 other statements: see the details$/);
    expect(casualtiesShortText({ casualties: [tajik] }, names, 'en')).toBe(statementText(tajik, names, 'en'));
  });

  it('says when no statement gives a figure', () => {
    expect(casualtiesText({ casualties: [] }, names, 'en')).toBe('no casualty figure given');
  });
});

describe('the real records', () => {
  const stateNames = Object.fromEntries(states.map((s) => [s.id, s.name]));
  const incident = (id: string) => {
    const found = incidents.find((i) => i.id === id);
    if (!found) throw new Error(`no incident ${id}`);
    return found;
  };

  it('Operation Sindoor: India’s civilian toll and Pakistan’s are separate statements, never one pair', () => {
    const sindoor = incident('india-pakistan-escalation-2025-05');
    const text = casualtiesText(sindoor, stateNames, 'en');
    expect(text).not.toMatch(/70 killed, 59 injured/);
    expect(text).toMatch(/civilians of India: 10–15 by date and source/);
    for (const c of sindoor.casualties) expect(c.statedBy.length, c.text).toBeGreaterThan(2);
  });

  it('the 2022 Kyrgyz–Tajik war keeps “more than” on its overall toll and each side’s figures apart', () => {
    const war = incident('kyrgyzstan-tajikistan-border-war-2022-09');
    const overall = war.casualties.filter((c) => c.side === undefined && c.killed?.value === 100);
    expect(overall.every((c) => c.killed?.qualifier === 'moreThan')).toBe(true);
    const text = casualtiesText(war, stateNames, 'en');
    expect(text).toMatch(/of Kyrgyzstan: 36–59 by date and source/);
    expect(text).toMatch(/of Tajikistan: 35–41 by date and source/);
  });

  it('sizes every marker by one of its own statements', () => {
    for (const i of incidents) {
      const largest = largestStatement(i);
      if (largest) expect(i.casualties).toContain(largest);
      const figure = casualtyFigure(i);
      if (largest && figure !== null) expect(figure).toBe((largest.killed?.value ?? 0) + (largest.injured?.value ?? 0));
    }
  });
});
