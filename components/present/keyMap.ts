/**
 * What each key does in the deck, as presentation clickers and PowerPoint use them. Pure: the deck
 * and the presenter view feed it `KeyboardEvent`s (or keys forwarded from a slide's frame) and
 * carry out the action it returns.
 *
 * → ↓ PageDown Space Enter: next · ← ↑ PageUp Shift+Space Backspace: previous · Home/End: first/last
 * digits then Enter: that slide · F: full screen · B or .: black screen · N: notes · P: presenter view
 * A: play the map's years · Esc: leave full screen, else leave the deck. Keys held with Ctrl, Alt or
 * ⌘ are the browser's. The letter keys work in any keyboard layout: a key that types no Latin letter
 * (Russian "а" on the F key, a Chinese input method's "Process") is read by its place (`code`).
 */
export interface KeyLike {
  key: string;
  /** `KeyboardEvent.code`: the physical key ("KeyF"), whatever the layout types on it. */
  code?: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** A digit typed: the slide number being entered is now `digits`. */
  | { type: 'typing'; digits: string }
  /** Enter after digits: go to slide `position` (1-based). */
  | { type: 'goto'; position: number }
  | { type: 'fullscreen' }
  | { type: 'black' }
  | { type: 'notes' }
  | { type: 'presenter' }
  | { type: 'play' }
  | { type: 'escape' }
  | { type: 'none' };

/** Slide numbers have at most this many digits. */
const MAX_DIGITS = 3;

/**
 * The key as the shortcuts name it: `key` where it is ASCII (so Latin layouts such as AZERTY or
 * Dvorak keep their own letters), else the Latin letter, digit or "." of its place on the keyboard.
 */
export function shortcutKey(e: Pick<KeyLike, 'key' | 'code'>): string {
  const { key, code } = e;
  if (key.length > 1 && key !== 'Process' && key !== 'Unidentified') return key;
  if (/^[\x20-\x7e]$/.test(key) || code === undefined) return key;
  const letter = /^Key([A-Z])$/.exec(code)?.[1];
  if (letter) return letter.toLowerCase();
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code)?.[1];
  if (digit) return digit;
  return code === 'Period' || code === 'NumpadDecimal' ? '.' : key;
}

/** The action for `key`, given the digits typed so far (the slide number being entered). */
export function deckAction(e: KeyLike, digits: string): DeckAction {
  if (e.ctrlKey || e.altKey || e.metaKey) return { type: 'none' };
  const key = shortcutKey(e);
  if (/^[0-9]$/.test(key)) return { type: 'typing', digits: (digits + key).slice(-MAX_DIGITS) };
  switch (key) {
    case 'Enter':
      return digits === '' ? { type: 'next' } : { type: 'goto', position: Number(digits) };
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? { type: 'previous' } : { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'previous' };
    case 'Backspace':
      return digits === '' ? { type: 'previous' } : { type: 'typing', digits: digits.slice(0, -1) };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
    case 'Esc':
      return { type: 'escape' };
    case '.':
      return { type: 'black' };
  }
  switch (key.toLowerCase()) {
    case 'f':
      return { type: 'fullscreen' };
    case 'b':
      return { type: 'black' };
    case 'n':
      return { type: 'notes' };
    case 'p':
      return { type: 'presenter' };
    case 'a':
      return { type: 'play' };
    default:
      return { type: 'none' };
  }
}

/** The 0-based slide an action moves to from `index` in a deck of `count`, or undefined if it does not move. */
export function targetIndex(action: DeckAction, index: number, count: number): number | undefined {
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (action.type) {
    case 'next':
      return clamp(index + 1);
    case 'previous':
      return clamp(index - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'goto':
      return clamp(action.position - 1);
    default:
      return undefined;
  }
}
