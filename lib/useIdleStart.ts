'use client';
/**
 * When to start what first paint does not need (the interactive map, its data): false while the
 * page hydrates and paints, true once the browser has been idle after that (or after
 * `timeoutMs` at the latest), and at once when the reader starts using the element in `ref`.
 * The switch is a transition, so what it starts renders without blocking input.
 */
import { startTransition, useEffect, useState, type RefObject } from 'react';

const FIRST_USE = ['pointerover', 'pointerdown', 'keydown', 'focusin', 'touchstart', 'wheel'] as const;

export function useIdleStart(ref: RefObject<HTMLElement | null>, timeoutMs = 3000): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started) return;
    const el = ref.current;
    const start = () => startTransition(() => setStarted(true));
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: timeoutMs }) : window.setTimeout(start, 200);
    for (const type of FIRST_USE) el?.addEventListener(type, start, { passive: true });
    return () => {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      for (const type of FIRST_USE) el?.removeEventListener(type, start);
    };
  }, [ref, started, timeoutMs]);
  return started;
}
