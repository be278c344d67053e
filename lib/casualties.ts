/**
 * An incident's casualties in words, for server code that has only a locale (the briefing's
 * speaker notes): lib/casualtyStatements.ts with the locale's compiled `marker` messages. Client
 * code (the map) hands lib/casualtyStatements.ts the words its page sent instead.
 */
import { messages, type Locale } from './i18n';
import { compileMessages } from './messages/compile.server';
import * as statements from './casualtyStatements';

export { casualtyFigure, largestStatement, type CasualtyStatement, type CasualtyWords } from './casualtyStatements';

type Names = Readonly<Record<string, string>>;
type WithStatements = Parameters<typeof statements.casualtiesText>[1];

/** The casualty words of `locale` (compiled once per locale). */
const words = new Map<Locale, statements.CasualtyWords>();

export function casualtyWords(locale: Locale): statements.CasualtyWords {
  let w = words.get(locale);
  if (!w) {
    w = { locale, marker: compileMessages(messages(locale).map.marker) };
    words.set(locale, w);
  }
  return w;
}

/** The summary line of an incident (see lib/casualtyStatements.ts casualtiesText). */
export function casualtiesText(i: WithStatements, names: Names, locale: Locale): string {
  return statements.casualtiesText(casualtyWords(locale), i, names);
}

/** The tooltip's line: the largest statement and how many others there are. */
export function casualtiesShortText(i: WithStatements, names: Names, locale: Locale): string {
  return statements.casualtiesShortText(casualtyWords(locale), i, names);
}

/** One statement in full: its figures, whose people, who gave them and when. */
export function statementText(c: statements.CasualtyStatement, names: Names, locale: Locale): string {
  return statements.statementText(casualtyWords(locale), c, names);
}

/** Where statements on the same people differ, per measure. */
export function statementRanges(i: WithStatements, names: Names, locale: Locale): string[] {
  return statements.statementRanges(casualtyWords(locale), i, names);
}

/** One statement's figures: "more than 59 killed, 144 injured". */
export function figuresText(c: statements.CasualtyStatement, locale: Locale): string {
  return statements.figuresText(casualtyWords(locale), c);
}
