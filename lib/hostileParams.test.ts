/**
 * The URL parsers under thousands of hostile query strings (the generator the browser test uses,
 * e2e/support/hostileQueries.ts, seeded): none throws; the map's view is always one the map can
 * show, and what it writes back reads back as the same view and carries nothing of the input
 * that is not a canonical value; the deck's slide is always a slide; a broken deck decodes to
 * the slides it can read.
 */
import { describe, expect, it } from 'vitest';
import { hostileQueries } from '@/e2e/support/hostileQueries';
import { defaultDeck } from '@/components/present/deck';
import { decodeDeck } from '@/components/present/deckCodec';
import { parseSlideParam } from '@/components/present/slideParam';
import { viewChecker } from '@/components/present/viewQuery';
import { ALL_LAYERS, MAX_ZOOM, MIN_ZOOM, parseMapViewState, serializeMapViewState, type MapUrlContext } from '@/components/map/urlState';

const ctx: MapUrlContext = {
  minYear: 1996,
  maxYear: 2026,
  defaultYear: 2026,
  stateIds: new Set(['KGZ', 'RUS', 'CHN', 'IND']),
  eventIds: new Set(['peace-mission-2007']),
};
const QUERIES = hostileQueries(42, 3000);

/** A query as the browser hands it to the page: parsed once, bad escapes and all. */
function params(query: string): URLSearchParams {
  return new URL(`http://site.invalid/${query}`).searchParams;
}

describe('hostile query strings, parsed', () => {
  it('the map always reads a view it can show, and writes back only canonical values', () => {
    const wrong: string[] = [];
    for (const query of QUERIES) {
      const view = parseMapViewState(params(query), ctx);
      const written = serializeMapViewState(view);
      const back = new URLSearchParams();
      for (const [k, v] of Object.entries(written)) if (v !== null) back.set(k, v);
      const problems = [
        view.year >= ctx.minYear && view.year <= ctx.maxYear ? '' : `year ${view.year}`,
        view.zoom >= MIN_ZOOM && view.zoom <= MAX_ZOOM ? '' : `zoom ${view.zoom}`,
        view.layers.every((l) => ALL_LAYERS.includes(l)) ? '' : `layers ${view.layers.join()}`,
        view.focus === null || ctx.stateIds.has(view.focus) ? '' : `focus ${view.focus}`,
        JSON.stringify(parseMapViewState(back, ctx)) === JSON.stringify(view) ? '' : `reads back as another view: ${back.toString()}`,
        /^[\w=&%.,-]*$/.test(back.toString()) ? '' : `writes ${back.toString()}`,
      ].filter((p) => p !== '');
      if (problems.length > 0) wrong.push(`${query.slice(0, 120)}: ${problems.join('; ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the deck always lands on a slide, and says when the address must be rewritten', () => {
    const wrong: string[] = [];
    for (const query of QUERIES) {
      const raw = params(query).get('slide');
      const slide = parseSlideParam(raw, 13);
      if (slide.index < 0 || slide.index >= 13) wrong.push(`${query.slice(0, 120)}: slide ${slide.index + 1}`);
      if (raw !== null && slide.rewrite !== (raw !== String(slide.index + 1))) wrong.push(`${query.slice(0, 120)}: rewrite ${String(slide.rewrite)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a broken deck decodes to the slides it can read, never throwing', () => {
    const defaults = defaultDeck(2026);
    const views = viewChecker({ minYear: 1996, maxYear: 2026, stateIds: ['KGZ', 'CHN', 'IND'], eventIds: ['peace-mission-2007'] });
    let decoded = 0;
    for (const query of QUERIES) {
      const raw = params(query).get('deck');
      if (raw === null) continue;
      const deck = decodeDeck(raw, defaults, views);
      if (Array.isArray(deck.slides)) decoded++;
    }
    // Every deck value decoded (none threw), and the generator made enough of them to mean something.
    expect(decoded).toBe(QUERIES.filter((q) => params(q).has('deck')).length);
    expect(decoded).toBeGreaterThan(100);
  });
});
