import { describe, expect, it } from 'vitest';
import { casualtiesText, casualtyFigure, largestStatement, statementRanges, statementText, type CasualtyStatement } from './casualties';

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
    expect(statementText(tajik, names)).toBe('more than 41 killed: soldiers and civilians of Tajikistan (Tajik Ministry of Foreign Affairs, 20 September 2022)');
    expect(statementText(civiliansInjured, names)).toBe('59 injured: civilians of India (Indian Ministry of External Affairs, 8 May 2025)');
  });
});

describe('an incident’s summary', () => {
  it('is the one statement when there is one', () => {
    expect(casualtiesText({ casualties: [tajik] }, names)).toBe(statementText(tajik, names));
  });

  it('never pairs figures of different statements: militants killed and civilians injured stay apart', () => {
    const text = casualtiesText({ casualties: [militantsClaim, civiliansInjured] }, names);
    expect(text).not.toMatch(/70 killed, 59 injured/);
    expect(text).toContain('about 70 killed: militants of Pakistan (Indian officials (unverified), 7 May 2025)');
    expect(largestStatement({ casualties: [militantsClaim, civiliansInjured] })).toBe(militantsClaim);
  });

  it('gives the range where statements on the same side and people differ, and never adds sides', () => {
    const casualties = [kyrgyzEarly, kyrgyzLater, tajik];
    expect(statementRanges({ casualties }, names)).toEqual(['killed, soldiers and civilians of Kyrgyzstan: 36–59 by date and source']);
    const text = casualtiesText({ casualties }, names);
    expect(text).toMatch(/^Largest single statement: 59 killed, 144 injured: soldiers and civilians of Kyrgyzstan/);
    expect(text).not.toMatch(/100|95/);
  });

  it('sizes a marker by one statement’s figures, not a sum across statements', () => {
    expect(casualtyFigure({ casualties: [kyrgyzEarly, kyrgyzLater, tajik] })).toBe(59 + 144);
    expect(casualtyFigure({ casualties: [militantsClaim, civiliansInjured] })).toBe(70);
    expect(casualtyFigure({ casualties: [] })).toBeNull();
  });

  it('says when no statement gives a figure', () => {
    expect(casualtiesText({ casualties: [] }, names)).toBe('no casualty figure given');
  });
});
