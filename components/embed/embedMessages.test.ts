import { describe, expect, it } from 'vitest';
import { EMBED_MESSAGE_TYPE, embedPath, heightMessage, parseEmbedMessage, yearMessage } from './embedMessages';

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
    expect(embedPath('membership')).toBe('/embed/membership/');
    expect(embedPath('membership', 2003)).toBe('/embed/membership/?year=2003');
  });
});
