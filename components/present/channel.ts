/**
 * What the briefing window (`/present`) and its presenter view (`/present/presenter`) tell each
 * other over a `BroadcastChannel` (same origin, no server). The briefing window is the one that
 * shows the slides, so it owns the state: it sends `state` on every change and every second (a
 * heartbeat), and `bye` when it closes; the presenter view sends `hello` when it opens and a
 * `command` for each key pressed in it. Pure: parsing is strict, as with the embed messages.
 */
export const PRESENT_CHANNEL = 'sco-atlas-present';
/** The briefing window sends its state at least this often. */
export const HEARTBEAT_MS = 1000;
/** Without a message for this long the presenter view takes the briefing window for closed. */
export const SILENCE_MS = 3500;

export const COMMANDS = ['next', 'previous', 'first', 'last', 'goto', 'black', 'play'] as const;
export type Command = (typeof COMMANDS)[number];

export interface DeckState {
  /** 0-based slide shown. */
  index: number;
  count: number;
  /** The deck's `deck` parameter, or null for the default deck. */
  deck: string | null;
  black: boolean;
}

export type ChannelMessage =
  | ({ type: 'state' } & DeckState)
  | { type: 'hello' }
  | { type: 'bye' }
  | { type: 'command'; command: Command; index?: number };

const MAX_SLIDES = 1000;
const MAX_DECK = 24_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < MAX_SLIDES;
}

export function parseChannelMessage(data: unknown): ChannelMessage | undefined {
  if (!isRecord(data)) return undefined;
  switch (data.type) {
    case 'hello':
    case 'bye':
      return { type: data.type };
    case 'state': {
      const { index, count, deck, black } = data;
      if (!isIndex(index) || !isIndex(count) || count === 0 || index >= count || typeof black !== 'boolean') return undefined;
      if (deck !== null && (typeof deck !== 'string' || deck.length > MAX_DECK)) return undefined;
      return { type: 'state', index, count, deck, black };
    }
    case 'command': {
      const { command, index } = data;
      if (!(COMMANDS as readonly unknown[]).includes(command)) return undefined;
      if (command === 'goto') return isIndex(index) ? { type: 'command', command: 'goto', index } : undefined;
      return { type: 'command', command: command as Command };
    }
    default:
      return undefined;
  }
}
