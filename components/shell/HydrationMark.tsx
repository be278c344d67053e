'use client';
/**
 * Marks the page as interactive: `data-hydrated` on <html> once React has hydrated it. Scripts
 * load after the first paint (scripts/lib/paintFirst.ts), so the page is readable, but not yet
 * clickable, for a moment before this; the browser tests wait for the mark before they click.
 */
import { useEffect } from 'react';

export function HydrationMark() {
  useEffect(() => {
    document.documentElement.setAttribute('data-hydrated', '');
  }, []);
  return null;
}
