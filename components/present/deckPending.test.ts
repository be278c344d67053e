/**
 * The pre-paint script that keeps the stage blank while a link to another slide or deck is unread:
 * it marks exactly the links deckLinkPending names (the script and the rule cannot drift apart), and
 * never throws, even where storage is refused.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DECK_PENDING_ATTRIBUTE, DECK_PENDING_SCRIPT, deckLinkPending } from './deckPending';

function runScript(search: string, stored: string | null | 'refused'): boolean {
  const attributes = new Set<string>();
  runInNewContext(DECK_PENDING_SCRIPT, {
    URLSearchParams,
    location: { search },
    localStorage: {
      getItem: () => {
        if (stored === 'refused') throw new Error('SecurityError');
        return stored;
      },
    },
    document: { documentElement: { setAttribute: (name: string) => attributes.add(name) } },
  });
  return attributes.has(DECK_PENDING_ATTRIBUTE);
}

describe('a link to another slide or deck, before the deck reads it', () => {
  const cases: [string, string | null, boolean][] = [
    ['', null, false],
    ['?slide=1', null, false],
    ['?slide=%201%20', null, false],
    ['?slide=5', null, true],
    ['?slide=abc', null, true],
    ['?deck=1~d0~d4', null, true],
    ['?slide=1&deck=1~d0', null, true],
    ['', '1~d0~d4', true],
    ['?theme=dark', null, false],
  ];
  it.each(cases)('%s with stored deck %s: pending %s', (search, stored, pending) => {
    expect(deckLinkPending(search, stored)).toBe(pending);
    expect(runScript(search, stored)).toBe(pending);
  });

  it('does not throw where storage is refused, and still reads the link', () => {
    expect(runScript('?slide=4', 'refused')).toBe(true);
    expect(runScript('', 'refused')).toBe(false);
  });
});
