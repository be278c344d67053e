import { describe, expect, it } from 'vitest';
import { MAP_EMBED_ID, slideEmbedSrc } from './embedLayout';
import { EMBED_MESSAGE_TYPE, embedPath, heightMessage, keyMessage, parseEmbedMessage, playMessage, readyMessage, swipeMessage, themeMessage, yearMessage } from './embedMessages';

describe('parseEmbedMessage', () => {
  it('reads the messages the page and the chart send each other', () => {
    expect(parseEmbedMessage(yearMessage('membership', 2017))).toEqual(yearMessage('membership', 2017));
    expect(parseEmbedMessage(heightMessage('membership', 612.4))).toEqual(heightMessage('membership', 613));
  });

  it('ignores what other scripts post', () => {
    for (const data of [null, 'year=2017', 42, { kind: 'year', chart: 'membership', year: 2017 }, { type: 'other', kind: 'year', chart: 'x', year: 2017 }]) {
      expect(parseEmbedMessage(data)).toBeUndefined();
    }
  });

  it('rejects malformed years and heights instead of passing them on', () => {
    const bad = [
      { kind: 'year', chart: 'membership', year: '2017' },
      { kind: 'year', chart: 'membership', year: 2017.5 },
      { kind: 'year', chart: 'membership', year: 99999 },
      { kind: 'height', chart: 'membership', height: -1 },
      { kind: 'height', chart: 'membership', height: Number.POSITIVE_INFINITY },
      { kind: 'height', chart: 'membership', height: 1e9 },
      { kind: 'resize', chart: 'membership', height: 300 },
      { kind: 'year', chart: 'x'.repeat(65), year: 2017 },
    ];
    for (const data of bad) expect(parseEmbedMessage({ type: EMBED_MESSAGE_TYPE, ...data })).toBeUndefined();
  });
});

describe('embedPath', () => {
  it('is the static embed page, with the year when the chart marks one', () => {
    expect(embedPath('membership', undefined, 'en')).toBe('/embed/membership/');
    expect(embedPath('membership', 2003, 'en')).toBe('/embed/membership/?year=2003');
    expect(embedPath('membership', 2003, 'ru')).toBe('/ru/embed/membership/?year=2003');
    expect(embedPath('milestones', undefined, 'zh')).toBe('/zh/embed/milestones/');
  });
});

describe('the messages of a briefing slide', () => {
  it('reads the deck’s theme, play, ready, keys and swipes', () => {
    expect(parseEmbedMessage(themeMessage('map', 'projector'))).toEqual(themeMessage('map', 'projector'));
    expect(parseEmbedMessage(playMessage('map'))).toEqual(playMessage('map'));
    expect(parseEmbedMessage(readyMessage('membership'))).toEqual(readyMessage('membership'));
    const key = { key: 'PageDown', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
    expect(parseEmbedMessage(keyMessage('map', key))).toEqual(keyMessage('map', key));
    // A Russian layout's "а" on the F key keeps its place, so the deck reads it as F.
    const russianF = { ...key, key: 'а', code: 'KeyF' };
    expect(parseEmbedMessage(keyMessage('map', russianF))).toEqual(keyMessage('map', russianF));
    expect(parseEmbedMessage(swipeMessage('membership', 'next'))).toEqual(swipeMessage('membership', 'next'));
  });

  it('rejects malformed ones', () => {
    const bad = [
      { kind: 'theme', chart: 'map', theme: 'neon' },
      { kind: 'key', chart: 'map', key: '', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false },
      { kind: 'key', chart: 'map', key: 'x'.repeat(40), shiftKey: false, altKey: false, ctrlKey: false, metaKey: false },
      { kind: 'key', chart: 'map', key: 'ArrowRight', shiftKey: 'yes', altKey: false, ctrlKey: false, metaKey: false },
      { kind: 'key', chart: 'map', key: 'ArrowRight' },
      { kind: 'key', chart: 'map', key: 'а', code: 'Key F<script>', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false },
      { kind: 'swipe', chart: 'map', direction: 'up' },
    ];
    for (const data of bad) expect(parseEmbedMessage({ type: EMBED_MESSAGE_TYPE, ...data })).toBeUndefined();
  });
});

describe('slideEmbedSrc', () => {
  it('frames a chart at its slide layout and the map with its view, the deck’s theme and the slide layout', () => {
    expect(slideEmbedSrc('membership', 'year=2003', 'dark', 'en')).toBe('/embed/membership/slide/?year=2003&layout=slide&theme=dark');
    expect(slideEmbedSrc(MAP_EMBED_ID, 'year=2010&layers=members,exercises&layout=x&theme=y', 'projector', 'en')).toBe(
      '/embed/map/?year=2010&layers=members,exercises&layout=slide&theme=projector',
    );
  });

  it('loads the embed in the deck’s language', () => {
    expect(slideEmbedSrc('membership', 'year=2003', 'dark', 'ru')).toBe('/ru/embed/membership/slide/?year=2003&layout=slide&theme=dark');
    expect(slideEmbedSrc(MAP_EMBED_ID, 'year=2010', 'light', 'zh')).toBe('/zh/embed/map/?year=2010&layout=slide&theme=light');
  });
});
