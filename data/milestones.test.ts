import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { milestones as milestoneRows } from './milestones';
import { DATASETS } from './registry';
import { SEED } from './sources/seed';
import type { Milestone, State } from './schema';
import { states as stateRows } from './states';
import { dateBounds, validateDatasets } from './validate';

const milestones: readonly Milestone[] = milestoneRows;
const states: readonly State[] = stateRows;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const seedText = collapse(
  readFileSync(fileURLToPath(new URL('../../shared/seeds/000_dd2eda9110ea1b46.txt', import.meta.url)), 'utf8'),
);

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
    ['Shanghai Convention on Combating Terrorism, Separatism and Extremism', '2001-06'],
    ['Agreement on the Regional Anti-Terrorist Structure', '2002-06-07'],
    ['SCO Charter signed', '2002-06'],
    ['SCO Charter enters into force', '2003-09-19'],
    ['Regional Anti-Terrorist Structure formally established', '2004-06'],
    ['Psychotropic Substances and Their Precursors', '2004'],
    ['Concept of SCO Member States to Combat Terrorism, Separatism and Extremism', '2005-07'],
    ['Protocol on the Establishment of the SCO–Afghanistan Contact Group', '2005-11-04'],
    ['Agreement on the Procedure for Organizing and Conducting Joint Antiterrorist Exercises', '2008-08'],
    ['SCO–Afghanistan Plan of Action', '2009'],
    ['SCO Convention on Countering Extremism', '2017'],
    ['Joint Counteraction to International Terrorism', '2017'],
    ['Roadmap for Further Steps by the SCO–Afghanistan Contact Group', '2019-06-14'],
    ['Extremist Ideology, Including Online', '2020'],
    ['International Information Security', '2021'],
  ])('shows “%s” at %s', (title, date) => {
    const found = milestones.filter((m) => m.title.includes(title));
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe(date);
  });

  it('names the five signatories of the Shanghai Five border agreements', () => {
    for (const id of ['border-confidence-agreement-1996', 'border-forces-reduction-agreement-1997']) {
      expect(milestones.find((m) => m.id === id)?.signatories?.slice().sort()).toEqual(['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK']);
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

  it('quotes the article word for word, in the milestones and in the states', () => {
    const refs = [
      ...milestones.flatMap((m) => m.sources.map((r) => [m.id, r] as const)),
      ...states.flatMap((s) => s.statusHistory.flatMap((p) => p.sources.map((r) => [s.id, r] as const))),
    ].filter(([, r]) => r.sourceId === SEED);
    expect(refs.length).toBeGreaterThan(30);
    for (const [id, r] of refs) {
      expect(r.quote, id).toBeDefined();
      expect(seedText.includes(collapse(r.quote ?? '')), `${id}: “${r.quote}” is not in the article`).toBe(true);
    }
  });

  it('writes summaries in its own words: no run of eight words copied from the article', () => {
    const article = seedText.toLowerCase();
    for (const m of milestones) {
      const words = collapse(m.summary).toLowerCase().split(' ');
      for (let i = 0; i + 8 <= words.length; i++) {
        const run = words.slice(i, i + 8).join(' ');
        expect(article.includes(run), `${m.id}: “${run}” is the article’s wording`).toBe(false);
      }
    }
  });

  it('keeps each milestone’s summary to one line', () => {
    for (const m of milestones) expect(m.summary.length, m.id).toBeLessThanOrEqual(160);
  });
});
