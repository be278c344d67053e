'use client';
/**
 * The frame's side of a briefing slide (see embedMessages.ts, embedLayout.ts). When the embed is
 * shown with `layout=slide`:
 * - keys the page did not use go to the deck, so → or PageDown moves the deck while the focus is
 *   inside the slide; keys that belong to what has focus stay here (typing in the search box, the
 *   year slider's arrows, Space or Enter on a button or a link, arrows on a chart's marks);
 * - a horizontal swipe on a chart goes to the deck (on the map a swipe pans the map);
 * - the deck's theme changes follow its `theme` messages;
 * - it tells the deck when it listens (`ready`), so nothing the deck sends is lost while it loads.
 * Does nothing on the dashboard or when the embed is opened on its own.
 */
import { useEffect } from 'react';
import { isTheme } from '@/components/shell/theme';
import { isSlideLayout } from './embedLayout';
import { keyMessage, parseEmbedMessage, readyMessage, swipeMessage } from './embedMessages';

/** Elements whose keys are their own: text entry, sliders, lists that move with arrows. */
const OWN_KEYS_SELECTOR = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="listbox"], [role="menu"], [role="menuitem"], [role="menuitemradio"], [role="slider"]';
/** Keys that activate what has focus. */
const ACTIVATION_KEYS = new Set([' ', 'Enter']);
/** Escape closes what is open in the slide (the map's details, a tooltip): it never leaves the deck from here. */
const KEPT_KEYS = new Set(['Escape', 'Esc', 'Tab']);
/** A swipe: this far sideways, and more sideways than up or down. */
const SWIPE_MIN_PX = 60;

function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(OWN_KEYS_SELECTOR)) return true;
  return ACTIVATION_KEYS.has(key) && target.closest('a[href], button, [role="button"], summary, [role="img"][tabindex]') !== null;
}

export function useSlideBridge(chart: string, forwardSwipes: boolean): void {
  useEffect(() => {
    if (window.parent === window || !isSlideLayout()) return;
    const post = (message: unknown) => window.parent.postMessage(message, window.location.origin);

    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || KEPT_KEYS.has(e.key) || ownsKey(e.target, e.key)) return;
      post(keyMessage(chart, { key: e.key, code: e.code, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey }));
      // The deck handles it; the frame must not also scroll or activate.
      if (!e.ctrlKey && !e.metaKey && !e.altKey) e.preventDefault();
    };

    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== window.parent) return;
      const m = parseEmbedMessage(e.data);
      if (m?.kind === 'theme' && isTheme(m.theme)) document.documentElement.setAttribute('data-theme', m.theme);
    };

    let start: { x: number; y: number; id: number } | null = null;
    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'touch' && e.isPrimary) start = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const onUp = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > 2 * Math.abs(dy)) post(swipeMessage(chart, dx < 0 ? 'next' : 'previous'));
    };

    window.addEventListener('keydown', onKey);
    window.addEventListener('message', onMessage);
    // Listening now: the deck may send the theme and `play` (messages before this were not heard).
    post(readyMessage(chart));
    if (forwardSwipes) {
      window.addEventListener('pointerdown', onDown);
      window.addEventListener('pointerup', onUp);
    }
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('message', onMessage);
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointerup', onUp);
    };
  }, [chart, forwardSwipes]);
}
