/**
 * Short constructors for source references, so that data rows read as "what, and where it
 * says so". A quote is the source's own words, verbatim; a locator says where in the source
 * the fact sits when we hold no verbatim text of it.
 */
import type { SourceRef } from './schema';
import { SEED } from './sources';

/** The source's own words, verbatim. */
export function quoted(sourceId: string, quote: string): SourceRef {
  return { sourceId, quote };
}

/** Where in the source the fact sits (we hold no verbatim text of it). */
export function located(sourceId: string, locator: string): SourceRef {
  return { sourceId, locator };
}

/** A sentence of the seed article, verbatim. */
export function fromSeed(quote: string): SourceRef {
  return { sourceId: SEED, quote };
}
