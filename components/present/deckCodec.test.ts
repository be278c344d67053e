import { describe, expect, it } from 'vitest';
import { CHART_ID } from '@/components/charts/chartIds';
import { defaultDeck, deckSchema, type Slide } from './deck';
import { decodeDeck, encodeDeck, MAX_DECK_PARAM_LENGTH, withDeckParam } from './deckCodec';
import { chooseDeck, deckParam } from './deckSource';
import { appendPart, toBase64Url, viewPart } from './slideCode';
import { viewChecker } from './viewQuery';

const views = viewChecker({ minYear: 1996, maxYear: 2026, stateIds: ['KGZ', 'CHN', 'IND'], eventIds: ['peace-mission-2007'] });
const defaults = defaultDeck(2026);

describe('defaultDeck', () => {
  it('is the briefing of issue #17, in its order, and valid', () => {
    expect(() => deckSchema.parse(defaults)).not.toThrow();
    expect(defaults.map((s) => (s.kind === 'map' ? s.query : s.kind === 'chart' ? s.chart : s.kind))).toEqual([
      'title',
      'year=1996',
      'year=2001',
      'year=2017',
      'year=2024',
      'year=2026',
      CHART_ID.membership,
      CHART_ID.terrorism2020,
      CHART_ID.ratsFigures,
      CHART_ID.exercisesByYear,
      CHART_ID.milestones,
      'contested',
      'sources',
    ]);
  });

  it('shows the latest year once when it is one of the fixed years', () => {
    expect(defaultDeck(2024).filter((s) => s.kind === 'map')).toHaveLength(4);
  });
});

describe('encodeDeck / decodeDeck', () => {
  const custom: Slide[] = [
    defaults[3] as Slide,
    { kind: 'map', query: 'year=2010&layers=members,exercises&focus=KGZ&z=2&c=70.5,42.1', title: 'Kyrgyzstan, 2010' },
    { kind: 'chart', chart: CHART_ID.membership, query: 'year=2003', notes: 'Say: six members.\nThen: Iran in 2023 — “contested”.' },
    { kind: 'title', title: 'Брифинг · 简报' },
    { kind: 'sources' },
  ];

  it('round-trips a deck with views, titles and notes in any script', () => {
    const param = encodeDeck(custom, defaults);
    expect(param.startsWith('1~d3~m.')).toBe(true);
    expect(param).toMatch(/^[A-Za-z0-9~._-]+$/);
    expect(decodeDeck(param, defaults, views)).toEqual({ slides: custom, ignored: [], adjusted: [] });
  });

  it('writes the default deck reordered as a few characters per slide', () => {
    const reordered = [defaults[0], defaults[5], defaults[1]] as Slide[];
    expect(encodeDeck(reordered, defaults)).toBe('1~d0~d5~d1');
    expect(decodeDeck('1~d0~d5~d1', defaults, views).slides).toEqual(reordered);
  });

  it('keeps the readable slides of a tampered deck and says which parts were left out', () => {
    const param = encodeDeck(custom, defaults);
    const parts = param.split('~');
    parts[2] = `${parts[2]}!!`; // not base64url
    parts.splice(3, 0, 'c9.eWVhcj0yMDAz'); // chart 9 does not exist
    parts.splice(4, 0, 'd99'); // no default slide 99
    parts.push(`t..${toBase64Url('x'.repeat(500))}`); // title too long
    parts.push('zz');
    const decoded = decodeDeck(parts.join('~'), defaults, views);
    expect(decoded.slides).toEqual([custom[0], custom[2], custom[3], custom[4]]);
    expect(decoded.ignored.map((p) => [p.position, p.reason])).toEqual([
      [2, 'malformed'],
      [3, 'unknownSlide'],
      [4, 'unknownSlide'],
      [8, 'invalid'],
      [9, 'unknownSlide'],
    ]);
    expect(decoded.ignored[0]?.text.length).toBeLessThanOrEqual(25);
  });

  it('puts hostile view values in the form the map and charts write, and says so', () => {
    const hostile = `1~m.${toBase64Url('year=abc&layers=<script>&focus=../../etc&z=1e309&evil=1')}~c2.${toBase64Url('year=99999')}`;
    // "<" and "/" are not query characters: that map part is refused; the chart's year falls back.
    const decoded = decodeDeck(hostile, defaults, views);
    expect(decoded.ignored.map((p) => p.reason)).toEqual(['invalid']);
    expect(decoded.slides).toEqual([{ kind: 'chart', chart: CHART_ID.membership, query: 'year=2026' }]);
    expect(decoded.adjusted).toEqual([2]);

    const odd = decodeDeck(`1~m.${toBase64Url('year=abc&z=1e309&evil=1&focus=kgz')}`, defaults, views);
    expect(odd.slides).toEqual([{ kind: 'map', query: 'year=2026&focus=KGZ' }]);
    expect(odd.adjusted).toEqual([1]);
  });

  it('refuses a deck of an unknown version or absurd length as a whole', () => {
    expect(decodeDeck('2~d0~d1', defaults, views)).toEqual({ slides: [], ignored: [{ position: 0, text: '2', reason: 'version' }], adjusted: [] });
    expect(decodeDeck('', defaults, views).ignored[0]?.reason).toBe('version');
    expect(decodeDeck(`1~${'d0~'.repeat(MAX_DECK_PARAM_LENGTH)}`, defaults, views).ignored[0]?.reason).toBe('tooLong');
  });

  it('stops at the slide limit and says so once', () => {
    const decoded = decodeDeck(`1~${Array.from({ length: 70 }, () => 'd1').join('~')}`, defaults, views);
    expect(decoded.slides).toHaveLength(60);
    expect(decoded.ignored).toEqual([{ position: 61, text: 'd1', reason: 'tooMany' }]);
  });

  it('expands D, the whole default deck, which "Add to briefing" starts from', () => {
    const added = appendPart(null, viewPart({ kind: 'map', query: 'year=2010&focus=KGZ' }));
    expect(added).toMatchObject({ ok: true, parts: 2 });
    if (!added.ok) return;
    const decoded = decodeDeck(added.deck, defaults, views);
    expect(decoded.slides).toEqual([...defaults, { kind: 'map', query: 'year=2010&focus=KGZ' }]);
    const again = appendPart(added.deck, viewPart({ kind: 'chart', chart: CHART_ID.exercisesByYear, query: '' }));
    expect(again.ok && decodeDeck(again.deck, defaults, views).slides.at(-1)).toEqual({ kind: 'chart', chart: CHART_ID.exercisesByYear, query: '' });
    expect(appendPart('garbage', 'm').ok && appendPart('garbage', 'm')).toMatchObject({ deck: '1~D~m' });
  });
});

describe('chooseDeck', () => {
  const stored = encodeDeck([defaults[2] as Slide, defaults[0] as Slide], defaults);

  it('prefers the URL, then the stored deck, then the default', () => {
    expect(chooseDeck('1~d4', stored, defaults, views)).toMatchObject({ origin: 'url', param: '1~d4', slides: [defaults[4]] });
    expect(chooseDeck(null, stored, defaults, views)).toMatchObject({ origin: 'stored', param: stored });
    expect(chooseDeck(null, null, defaults, views)).toMatchObject({ origin: 'default', param: null, slides: defaults });
  });

  it('falls back to the default deck, saying why, when nothing in the URL can be read', () => {
    expect(chooseDeck('9~zz', stored, defaults, views)).toMatchObject({ origin: 'default', failed: 'version' });
    expect(chooseDeck('1~zz~??', null, defaults, views)).toMatchObject({ origin: 'default', failed: 'unknownSlide' });
  });

  it('treats a stored copy of the default deck as the default', () => {
    expect(chooseDeck(null, '1~D', defaults, views).origin).toBe('default');
    expect(deckParam(defaults, defaults)).toBeNull();
  });
});

describe('withDeckParam', () => {
  it('sets or removes the deck, keeping the other parameters and a readable ~', () => {
    expect(withDeckParam('/present/?slide=3', '1~d0~m.eWVhcj0yMDEw')).toBe('/present/?slide=3&deck=1~d0~m.eWVhcj0yMDEw');
    expect(withDeckParam('http://x.test/present/?deck=1~d0&slide=2', null)).toBe('/present/?slide=2');
    expect(withDeckParam('/present/presenter/', null)).toBe('/present/presenter/');
  });
});
