/**
 * A short constructor for casualty statements: one source, one side, one kind of people, one
 * date. Both counts rest on the statement's own source, so a count can never borrow another
 * source's words.
 */
import type { CasualtyClaim, CasualtyPeople, Count, Iso3, Qualifier, SourceRef } from '../schema';

/** A count as the statement words it: [value, qualifier, the words]. */
export type CountSpec = readonly [value: number, qualifier: Qualifier, text: string];

export interface StatementSpec {
  side?: Iso3;
  people: CasualtyPeople;
  statedBy: string;
  asOf: string;
  killed?: CountSpec;
  injured?: CountSpec;
  text: string;
  source: SourceRef;
}

function count(spec: CountSpec, source: SourceRef): Count {
  const [value, qualifier, text] = spec;
  return { value, qualifier, text, source };
}

export function statement(s: StatementSpec): CasualtyClaim {
  return {
    ...(s.killed ? { killed: count(s.killed, s.source) } : {}),
    ...(s.injured ? { injured: count(s.injured, s.source) } : {}),
    ...(s.side ? { side: s.side } : {}),
    people: s.people,
    statedBy: s.statedBy,
    asOf: s.asOf,
    text: s.text,
    source: s.source,
  };
}
