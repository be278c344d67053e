import { describe, expect, it } from 'vitest';
import { deckAction, targetIndex, type DeckAction, type KeyLike } from './keyMap';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('deckAction', () => {
  it('moves forward on the keys clickers send', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(deckAction(key(k), '')).toEqual({ type: 'next' });
  });

  it('moves back on their opposites and Shift+Space', () => {
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(deckAction(key(k), '')).toEqual({ type: 'previous' });
    expect(deckAction(key(' ', { shiftKey: true }), '')).toEqual({ type: 'previous' });
  });

  it('jumps to the ends', () => {
    expect(deckAction(key('Home'), '')).toEqual({ type: 'first' });
    expect(deckAction(key('End'), '')).toEqual({ type: 'last' });
  });

  it('collects digits, then Enter goes to that slide', () => {
    expect(deckAction(key('1'), '')).toEqual({ type: 'typing', digits: '1' });
    expect(deckAction(key('2'), '1')).toEqual({ type: 'typing', digits: '12' });
    expect(deckAction(key('Enter'), '12')).toEqual({ type: 'goto', position: 12 });
    expect(deckAction(key('Backspace'), '12')).toEqual({ type: 'typing', digits: '1' });
    expect(deckAction(key('9'), '123')).toEqual({ type: 'typing', digits: '239' });
  });

  it('reads the letter keys by their place where the layout types no Latin letter (Russian, a Chinese input method)', () => {
    const russian: [string, string, DeckAction['type']][] = [
      ['а', 'KeyF', 'fullscreen'],
      ['и', 'KeyB', 'black'],
      ['т', 'KeyN', 'notes'],
      ['з', 'KeyP', 'presenter'],
      ['ф', 'KeyA', 'play'],
      ['ю', 'Period', 'black'],
    ];
    for (const [k, code, type] of russian) expect(deckAction(key(k, { code }), ''), k).toEqual({ type });
    expect(deckAction(key('Process', { code: 'KeyN' }), '')).toEqual({ type: 'notes' });
    expect(deckAction(key('Process', { code: 'Digit4' }), '1')).toEqual({ type: 'typing', digits: '14' });
    // A Russian "." (on the / key) is still "." and Latin layouts keep their own letters.
    expect(deckAction(key('.', { code: 'Slash' }), '')).toEqual({ type: 'black' });
    expect(deckAction(key('a', { code: 'KeyQ' }), '')).toEqual({ type: 'play' });
    expect(deckAction(key('ArrowRight', { code: 'ArrowRight' }), '')).toEqual({ type: 'next' });
    expect(deckAction(key('й', { code: 'KeyQ' }), '')).toEqual({ type: 'none' });
  });

  it('maps the letter keys in either case', () => {
    for (const [k, type] of [
      ['f', 'fullscreen'],
      ['F', 'fullscreen'],
      ['b', 'black'],
      ['B', 'black'],
      ['.', 'black'],
      ['n', 'notes'],
      ['N', 'notes'],
      ['p', 'presenter'],
      ['P', 'presenter'],
      ['a', 'play'],
      ['Escape', 'escape'],
    ] as const) {
      expect(deckAction(key(k), '').type).toBe(type);
    }
  });

  it('leaves the browser its shortcuts and unknown keys alone', () => {
    expect(deckAction(key('f', { ctrlKey: true }), '')).toEqual({ type: 'none' });
    expect(deckAction(key('ArrowRight', { altKey: true }), '')).toEqual({ type: 'none' });
    expect(deckAction(key('p', { metaKey: true }), '')).toEqual({ type: 'none' });
    expect(deckAction(key('Tab'), '')).toEqual({ type: 'none' });
    expect(deckAction(key('x'), '')).toEqual({ type: 'none' });
  });
});

describe('targetIndex', () => {
  it('stays inside the deck', () => {
    expect(targetIndex({ type: 'next' }, 12, 13)).toBe(12);
    expect(targetIndex({ type: 'previous' }, 0, 13)).toBe(0);
    expect(targetIndex({ type: 'next' }, 3, 13)).toBe(4);
    expect(targetIndex({ type: 'last' }, 3, 13)).toBe(12);
    expect(targetIndex({ type: 'first' }, 3, 13)).toBe(0);
    expect(targetIndex({ type: 'goto', position: 99 }, 3, 13)).toBe(12);
    expect(targetIndex({ type: 'goto', position: 0 }, 3, 13)).toBe(0);
    expect(targetIndex({ type: 'goto', position: 5 }, 3, 13)).toBe(4);
  });

  it('does not move for the other actions', () => {
    expect(targetIndex({ type: 'notes' }, 3, 13)).toBeUndefined();
    expect(targetIndex({ type: 'typing', digits: '1' }, 3, 13)).toBeUndefined();
  });
});
