/**
 * What an incident's casualties read as, everywhere a summary is shown (tooltip, List view, CSV,
 * export, marker size). Each casualty entry is one statement: one source, one side, one kind of
 * people, one date. A summary shows one statement's figures with their qualifiers, whose people
 * they count and who gave them; where statements on the same people differ, it gives the range
 * per measure. Figures of different statements, sides or kinds of people are never added or paired.
 *
 * Pure and safe in the browser: the words come in as the map's compiled `marker` messages with
 * their locale (CasualtyWords), never from the catalogue. Server code with only a locale uses
 * lib/casualties.ts.
 */
import type { CasualtyPeople, Qualifier } from '@/data/schema';
import type { Catalogue } from '@/locales/shape';
import type { Messages } from '@/locales/en';
import { formatCount, formatNumber, formatPartialDate } from './format';
import { formatMessage, type Compiled, type CompiledMessage, type MessageValues } from './messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from './messages/locales';

/** The map's `marker` messages, compiled, and the locale they are in. */
export interface CasualtyWords {
  locale: SiteLocale;
  marker: Compiled<Catalogue<Messages['map']['marker']>>;
}

const fm = (w: CasualtyWords, message: CompiledMessage, values?: MessageValues) => formatMessage(message, LOCALE_TAGS[w.locale], values);

interface StatementCount {
  value: number;
  qualifier: Qualifier;
  max?: number;
}

/** One statement, as the data (CasualtyClaim) and the map (CasualtyStatement) both hold it. */
export interface CasualtyStatement {
  killed?: StatementCount;
  injured?: StatementCount;
  side?: string;
  people: CasualtyPeople;
  statedBy: string;
  asOf: string;
}

interface WithStatements {
  casualties: readonly CasualtyStatement[];
}


/** Killed plus injured of one statement: both count the same people, stated together. */
function statementTotal(c: CasualtyStatement): number {
  return (c.killed?.value ?? 0) + (c.injured?.value ?? 0);
}

function hasFigures(c: CasualtyStatement): boolean {
  return c.killed !== undefined || c.injured !== undefined;
}

/** The statement a marker is sized by: the one whose killed and injured come to the most
 * (the later statement on a tie). Undefined when no statement gives a figure. */
export function largestStatement(i: WithStatements): CasualtyStatement | undefined {
  let best: CasualtyStatement | undefined;
  for (const c of i.casualties) {
    if (!hasFigures(c)) continue;
    if (!best || statementTotal(c) > statementTotal(best) || (statementTotal(c) === statementTotal(best) && c.asOf > best.asOf)) best = c;
  }
  return best;
}

/** The casualty figure an incident marker is sized by: the largest statement's killed and injured. */
export function casualtyFigure(i: WithStatements): number | null {
  const c = largestStatement(i);
  return c ? statementTotal(c) : null;
}

/** "soldiers and civilians of Kyrgyzstan". */
function whoseText(w: CasualtyWords, c: Pick<CasualtyStatement, 'people' | 'side'>, names: Readonly<Record<string, string>>): string {
  const people = fm(w, w.marker.people[c.people]);
  return c.side === undefined ? people : fm(w, w.marker.peopleOfSide, { people, side: names[c.side] ?? c.side });
}

/** "more than 59 killed, 144 injured". */
export function figuresText(w: CasualtyWords, c: CasualtyStatement): string {
  const killed = c.killed && formatCount(c.killed.value, c.killed.qualifier, c.killed.max, w.locale);
  const injured = c.injured && formatCount(c.injured.value, c.injured.qualifier, c.injured.max, w.locale);
  if (killed && injured) return fm(w, w.marker.killedAndInjured, { killed, injured });
  if (killed) return fm(w, w.marker.killedOnly, { killed });
  if (injured) return fm(w, w.marker.injuredOnly, { injured });
  return fm(w, w.marker.casualtiesUnknown);
}

/** One statement in full: its figures, whose people, who gave them and when. */
export function statementText(w: CasualtyWords, c: CasualtyStatement, names: Readonly<Record<string, string>>): string {
  return fm(w, w.marker.statement, {
    figures: figuresText(w, c),
    whose: whoseText(w, c, names),
    statedBy: c.statedBy,
    date: formatPartialDate(c.asOf, w.locale),
  });
}

/** Where two or more statements give different figures for the same measure, side and people:
 * "killed, soldiers and civilians of Kyrgyzstan: 36–62 by date and source". */
export function statementRanges(w: CasualtyWords, i: WithStatements, names: Readonly<Record<string, string>>): string[] {
  const groups = new Map<string, { measure: 'killed' | 'injured'; claim: CasualtyStatement; values: number[] }>();
  for (const c of i.casualties) {
    for (const measure of ['killed', 'injured'] as const) {
      const count = c[measure];
      if (!count) continue;
      const key = `${measure}|${c.side ?? ''}|${c.people}`;
      const group = groups.get(key) ?? { measure, claim: c, values: [] };
      group.values.push(count.value, count.max ?? count.value);
      groups.set(key, group);
    }
  }
  return [...groups.values()].flatMap(({ measure, claim, values }) => {
    const min = Math.min(...values);
    const max = Math.max(...values);
    if (min === max) return [];
    return [
      fm(w, w.marker.statementRange, {
        measure: fm(w, measure === 'killed' ? w.marker.measureKilled : w.marker.measureInjured),
        whose: whoseText(w, claim, names),
        min: formatNumber(min, w.locale),
        max: formatNumber(max, w.locale),
      }),
    ];
  });
}

/** The tooltip's line: the largest statement, and how many others the details hold. */
export function casualtiesShortText(w: CasualtyWords, i: WithStatements, names: Readonly<Record<string, string>>): string {
  const largest = largestStatement(i);
  if (!largest) return fm(w, w.marker.casualtiesUnknown);
  const others = i.casualties.filter(hasFigures).length - 1;
  const one = statementText(w, largest, names);
  if (others === 0) return one;
  return fm(w, w.marker.withOthers, { statement: fm(w, w.marker.largestStatement, { statement: one }), others: others === 1 ? fm(w, w.marker.otherStatementOne) : fm(w, w.marker.otherStatements, { count: others }) });
}

/** The summary line of an incident: its one statement, or the largest of several and where
 * statements differ. */
export function casualtiesText(w: CasualtyWords, i: WithStatements, names: Readonly<Record<string, string>>): string {
  const largest = largestStatement(i);
  if (!largest) return fm(w, w.marker.casualtiesUnknown);
  const withFigures = i.casualties.filter(hasFigures);
  const one = statementText(w, largest, names);
  if (withFigures.length === 1) return one;
  return [fm(w, w.marker.largestStatement, { statement: one }), ...statementRanges(w, i, names)].join(fm(w, w.marker.statementSeparator));
}
