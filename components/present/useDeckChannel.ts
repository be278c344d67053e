'use client';
/**
 * The briefing window's side of the presenter channel (channel.ts): it tells every presenter view
 * what it shows (on each change, on `hello`, and every second), says `bye` when it closes, and
 * carries out the commands a presenter view sends.
 */
import { useEffect, useRef } from 'react';
import { HEARTBEAT_MS, parseChannelMessage, PRESENT_CHANNEL, type ChannelMessage, type Command, type DeckState } from './channel';

export function useDeckChannel(state: DeckState, onCommand: (command: Command, index?: number) => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ state, onCommand });
  useEffect(() => {
    latest.current = { state, onCommand };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENT_CHANNEL);
    channel.current = ch;
    const send = (message: ChannelMessage) => ch.postMessage(message);
    const sendState = () => send({ type: 'state', ...latest.current.state });
    ch.onmessage = (e: MessageEvent) => {
      const m = parseChannelMessage(e.data);
      if (m?.type === 'hello') sendState();
      else if (m?.type === 'command') latest.current.onCommand(m.command, m.index);
    };
    const heartbeat = setInterval(sendState, HEARTBEAT_MS);
    const bye = () => send({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    sendState();
    return () => {
      clearInterval(heartbeat);
      window.removeEventListener('pagehide', bye);
      bye();
      ch.close();
      channel.current = null;
    };
  }, []);

  const { index, count, deck, black } = state;
  useEffect(() => {
    channel.current?.postMessage({ type: 'state', index, count, deck, black } satisfies ChannelMessage);
  }, [index, count, deck, black]);
}
