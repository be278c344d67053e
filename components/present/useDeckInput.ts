'use client';
/**
 * Everything that drives a deck window: keys pressed in it, keys and swipes its slides' frames pass
 * on (components/embed/useSlideBridge.ts), swipes on its own slides, and the year a map slide
 * reports while it plays. Keys go through the key map (keyMap.ts); what to do is the caller's.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { parseEmbedMessage } from '@/components/embed/embedMessages';
import { deckAction, type DeckAction, type KeyLike } from './keyMap';

/** Keys a focused control keeps: Space and Enter press a button or follow a link. */
const ACTIVATES = 'button, a[href], summary, [role="button"], [role="menuitem"], [role="menuitemradio"], [role="option"]';
/** Controls whose keys are all their own. */
const OWNS_KEYS = 'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="listbox"], [role="menu"]';
const SWIPE_MIN_PX = 60;

export interface DeckInputOptions {
  /** The digits typed so far (a slide number before Enter). */
  digits: string;
  onAction: (action: DeckAction) => void;
  /** The map of slide `index` now shows `year`. */
  onMapYear?: (index: number, year: number) => void;
  /** Where a swipe on the page itself moves the deck. */
  swipeArea: RefObject<HTMLElement | null>;
}

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-slide-frame]')].find((f) => f.contentWindow === source);
}

export function useDeckInput({ digits, onAction, onMapYear, swipeArea }: DeckInputOptions): void {
  const latest = useRef({ digits, onAction, onMapYear });
  useEffect(() => {
    latest.current = { digits, onAction, onMapYear };
  });

  useEffect(() => {
    const act = (key: KeyLike) => {
      const action = deckAction(key, latest.current.digits);
      if (action.type !== 'none') latest.current.onAction(action);
      return action.type !== 'none';
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(OWNS_KEYS)) return;
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest(ACTIVATES)) return;
      if (act(e)) e.preventDefault();
    };
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin) return;
      const frame = frameOf(e.source);
      if (!frame) return;
      const m = parseEmbedMessage(e.data);
      if (m?.kind === 'key') act(m);
      else if (m?.kind === 'swipe') latest.current.onAction({ type: m.direction });
      else if (m?.kind === 'year') {
        const index = Number(frame.closest('[data-index]')?.getAttribute('data-index'));
        if (Number.isInteger(index)) latest.current.onMapYear?.(index, m.year);
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('message', onMessage);
    };
  }, []);

  useEffect(() => {
    const area = swipeArea.current;
    if (!area) return;
    let start: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      if (e.pointerType === 'touch' && e.isPrimary) start = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const up = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > 2 * Math.abs(dy)) latest.current.onAction({ type: dx < 0 ? 'next' : 'previous' });
    };
    area.addEventListener('pointerdown', down);
    area.addEventListener('pointerup', up);
    return () => {
      area.removeEventListener('pointerdown', down);
      area.removeEventListener('pointerup', up);
    };
  }, [swipeArea]);
}
