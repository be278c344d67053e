import { describe, expect, it } from 'vitest';
import { milestones as milestoneRows } from './milestones';
import { DATASETS } from './registry';
import type { Milestone, State } from './schema';
import { states as stateRows } from './states';
import { dateBounds, validateDatasets } from './validate';

const milestones: readonly Milestone[] = milestoneRows;
const states: readonly State[] = stateRows;


function overlaps(a: string, b: string): boolean {
  const x = dateBounds(a);
  const y = dateBounds(b);
  if (!x || !y) throw new Error(`not a date: ${a} or ${b}`);
  return x[0] <= y[1] && y[0] <= x[1];
}

describe('the timeline of documents and institutions', () => {
  it.each([
    ['Agreement on Confidence Building in the Military Field in the Border Area', '1996-04-26'],
    ['Agreement on Mutual Reduction of Military Forces in the Border Areas', '1997-04-24'],
    ['Declaration on the Establishment of the SCO', '2001-06-15'],
    ['Shanghai Convention on Combating Terrorism, Separatism and Extremism', '2001-06-15'],
    ['Agreement on the Regional Anti-Terrorist Structure', '2002-06-07'],
    ['Charter of the Shanghai Cooperation Organisation', '2002-06-07'],
    ['Regional Anti-Terrorist Structure formally established', '2004-06'],
    ['Psychotropic Substances and Their Precursors', '2004'],
    ['Concept of SCO Member States to Combat Terrorism, Separatism and Extremism', '2005-07-05'],
    ['Protocol on the Establishment of the SCO–Afghanistan Contact Group', '2005-11-04'],
    ['Agreement on the Procedure for Organizing and Conducting Joint Antiterrorist Exercises', '2008-08-28'],
    ['SCO Convention against Terrorism', '2009-06-16'],
    ['Agreement on Cooperation in Ensuring International Information Security', '2009-06-16'],
    ['SCO–Afghanistan Plan of Action', '2009'],
    ['SCO Convention on Countering Extremism', '2017-06-09'],
    ['Joint Counteraction to International Terrorism', '2017'],
    ['Roadmap for Further Steps by the SCO–Afghanistan Contact Group', '2019-06-14'],
    ['Extremist Ideology, Including Online', '2020'],
    ['Statement on Cooperation in the Field of International Information Security', '2021'],
    ['Programme of Cooperation in Countering Terrorism, Separatism and Extremism for 2025–2027', '2024-07-04'],
    ['SCO Anti-Drug Strategy for 2024–2029', '2024-07-04'],
    ['Decision to turn the RATS into a universal centre', '2024-07-04'],
    ['Agreement on the Universal Centre for Countering Challenges and Threats', '2025-09-01'],
    ['Agreement on the SCO Anti-Drug Centre', '2025-09-01'],
  ])('shows “%s” at %s', (title, date) => {
    const found = milestones.filter((m) => m.title.includes(title));
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe(date);
  });

  it.each([
    ['shanghai-convention-2001', '2001-06-15', '2003-03-29'],
    ['sco-charter-2002', '2002-06-07', '2003-09-19'],
    ['convention-against-terrorism-2009', '2009-06-16', '2012-01-14'],
    ['convention-countering-extremism-2017', '2017-06-09', '2019-10-12'],
  ])('dates %s: signed %s, in force %s', (id, date, inForce) => {
    const m = milestones.find((x) => x.id === id);
    expect(m?.kind).toBe('document');
    expect(m?.date).toBe(date);
    expect(m?.inForce).toBe(inForce);
  });

  it('puts every entry into force after the signing', () => {
    for (const m of milestones) {
      if (m.inForce === undefined) continue;
      expect(m.kind, m.id).toBe('document');
      const signed = dateBounds(m.date);
      const inForce = dateBounds(m.inForce);
      expect(signed && inForce && signed[1] < inForce[0], `${m.id}: in force ${m.inForce} is not after ${m.date}`).toBe(true);
    }
  });

  it('shows the Charter once, signed and in force on one record', () => {
    expect(milestones.filter((m) => /Charter/.test(m.title))).toHaveLength(1);
  });

  it('names the five signatories of the Shanghai Five border agreements', () => {
    for (const id of ['border-confidence-agreement-1996', 'border-forces-reduction-agreement-1997']) {
      expect(milestones.find((m) => m.id === id)?.signatories?.slice().sort()).toEqual(['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    }
  });
});

describe('only SCO documents and bodies', () => {
  it('leaves out other states’ strategies and bilateral agreements outside the SCO', () => {
    const ids = new Set(milestones.map((m) => m.id));
    for (const id of [
      'china-russia-multipolarity-statement-1997',
      'china-russia-21st-century-order-statement-2005',
      'kazakhstan-afghanistan-education-agreement-2009',
      'us-central-asia-strategy-2020',
      'data-security-initiative-2020',
    ])
      expect(ids.has(id), id).toBe(false);
  });

  it('has no document signed by two states alone, and none of another state', () => {
    for (const m of milestones) {
      if (m.kind !== 'document') continue;
      if (m.signatories) expect(m.signatories.length, m.id).toBeGreaterThan(2);
      expect(m.title, m.id).not.toMatch(/United States|China’s|China–Russia|Kazakhstan–Afghanistan/);
    }
  });
});

describe('the timeline and the map agree', () => {
  it('puts every change of status on the map on the timeline as a membership event', () => {
    const membershipDates = milestones.filter((m) => m.kind === 'membership').map((m) => m.date);
    for (const s of states) {
      for (const p of s.statusHistory) {
        expect(
          membershipDates.some((d) => overlaps(d, p.from)),
          `${s.id} becomes ${p.status} at ${p.from} but the timeline has no membership event then`,
        ).toBe(true);
      }
    }
  });

  it('puts every decision the map records on the timeline as well', () => {
    const membershipDates = milestones.filter((m) => m.kind === 'membership').map((m) => m.date);
    for (const s of states) {
      for (const p of s.statusHistory) {
        if (p.decided === undefined) continue;
        expect(
          membershipDates.some((d) => overlaps(d, p.decided ?? '')),
          `${s.id} ${p.status} decided ${p.decided} but the timeline has no membership event then`,
        ).toBe(true);
      }
    }
  });

  it('dates the accessions of India, Pakistan, Iran and Belarus exactly as the states do', () => {
    const dateOf = (id: string) => milestones.find((m) => m.id === id)?.date;
    const memberFrom = (iso: string) => states.find((s) => s.id === iso)?.statusHistory.find((p) => p.status === 'member')?.from;
    expect(dateOf('india-pakistan-members-2017')).toBe(memberFrom('IND'));
    expect(dateOf('india-pakistan-members-2017')).toBe(memberFrom('PAK'));
    expect(dateOf('iran-member-2023')).toBe(memberFrom('IRN'));
    expect(dateOf('belarus-member-2024')).toBe(memberFrom('BLR'));
  });
});

describe('sources and wording', () => {
  it('passes the validator without a single problem', () => {
    const problems = validateDatasets(DATASETS).filter((p) => p.file === 'data/milestones.ts');
    expect(problems).toEqual([]);
  });

  it('gives every milestone at least one source, with a quote or a locator', () => {
    for (const m of milestones) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      for (const r of m.sources) expect(r.quote ?? r.locator, m.id).toBeTruthy();
    }
  });

  it('keeps each milestone’s summary to one line', () => {
    for (const m of milestones) expect(m.summary.length, m.id).toBeLessThanOrEqual(160);
  });
});
