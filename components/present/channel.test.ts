import { describe, expect, it } from 'vitest';
import { parseChannelMessage } from './channel';

describe('parseChannelMessage', () => {
  it('reads what the two windows send', () => {
    const state = { type: 'state', index: 3, count: 13, deck: null, black: false };
    expect(parseChannelMessage(state)).toEqual(state);
    expect(parseChannelMessage({ type: 'state', index: 0, count: 2, deck: '1~d0~d3', black: true })).toEqual({ type: 'state', index: 0, count: 2, deck: '1~d0~d3', black: true });
    expect(parseChannelMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseChannelMessage({ type: 'bye', extra: 1 })).toEqual({ type: 'bye' });
    expect(parseChannelMessage({ type: 'command', command: 'next' })).toEqual({ type: 'command', command: 'next' });
    expect(parseChannelMessage({ type: 'command', command: 'goto', index: 4 })).toEqual({ type: 'command', command: 'goto', index: 4 });
  });

  it('ignores anything malformed', () => {
    for (const data of [
      null,
      'next',
      { type: 'state', index: 13, count: 13, deck: null, black: false },
      { type: 'state', index: -1, count: 13, deck: null, black: false },
      { type: 'state', index: 1.5, count: 13, deck: null, black: false },
      { type: 'state', index: 0, count: 0, deck: null, black: false },
      { type: 'state', index: 0, count: 3, deck: 42, black: false },
      { type: 'state', index: 0, count: 3, deck: null, black: 'no' },
      { type: 'command', command: 'reload' },
      { type: 'command', command: 'goto' },
      { type: 'command', command: 'goto', index: '4' },
      { type: 'navigate', url: 'https://example.com' },
    ]) {
      expect(parseChannelMessage(data)).toBeUndefined();
    }
  });
});
