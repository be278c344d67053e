'use client';
/**
 * The chart's side of a dashboard frame (see embedMessages.ts): tells the page its height and the
 * year chosen in the chart, takes the map's year from the page, and follows the theme the reader
 * picks in the page (the `storage` event reaches every other same-origin document). Does nothing
 * when the embed is opened on its own. On a briefing slide (`layout=slide`) it also passes keys and
 * swipes to the deck and follows the deck's theme instead of the site's (useSlideBridge.ts), and
 * answers the deck's requests for its figure ("Download PowerPoint", useFigureAnswer.ts).
 */
import { useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useRef } from 'react';
import { setSearchParams } from '@/lib/searchParams';
import { THEME_STORAGE_KEY, parseThemeChoice, resolveTheme } from '@/components/shell/theme';
import { YEAR_PARAM } from '@/components/charts/shared/yearParam';
import { EMBED_THEME_PARAM } from './embedLayout';
import { heightMessage, parseEmbedMessage, yearMessage } from './embedMessages';
import { useFigureAnswer } from './useFigureAnswer';
import { useSlideBridge } from './useSlideBridge';
import type { SiteLocale as Locale } from '@/lib/messages/locales';

export interface EmbedBridgeProps {
  /** The page's language. The bridge itself says nothing: a figure's error goes to the deck as the
   * Export menu's status key, and the deck words it in its own language (figureMessages.ts). */
  locale: Locale;

  chart: string;
  /** Whether the chart marks the map's year (membership, exercises). */
  followsYear: boolean;
  /** The element whose height the frame must fit. */
  rootId: string;
  /** Whether a horizontal swipe moves a briefing's slide (not on the map, where it pans). */
  swipeMovesSlides?: boolean;
}

function framed(): boolean {
  return window.parent !== window;
}

function useHeightReport(chart: string, rootId: string) {
  useEffect(() => {
    const root = document.getElementById(rootId);
    if (!framed() || !root) return;
    let frame = 0;
    let last = 0;
    const report = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // The root, and anything drawn over it below its edge (the open export menu).
        let bottom = root.getBoundingClientRect().bottom;
        for (const el of root.querySelectorAll('[role="menu"], [role="status"]')) bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
        const height = Math.ceil(bottom + window.scrollY);
        if (height === last) return;
        last = height;
        window.parent.postMessage(heightMessage(chart, height), window.location.origin);
      });
    };
    const resize = new ResizeObserver(report);
    resize.observe(root);
    const mutations = new MutationObserver(report);
    mutations.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'aria-expanded', 'class'] });
    report();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
    };
  }, [chart, rootId]);
}

function useThemeFollow() {
  useEffect(() => {
    // A theme given in the address (a briefing's) is kept; the deck sends its changes itself.
    if (new URLSearchParams(window.location.search).has(EMBED_THEME_PARAM)) return;
    const onStorage = (e: StorageEvent) => {
      if (e.key !== THEME_STORAGE_KEY) return;
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      document.documentElement.setAttribute('data-theme', resolveTheme(parseThemeChoice(e.newValue), dark));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}

function YearSync({ chart }: { chart: string }) {
  const year = useSearchParams().get(YEAR_PARAM);
  const fromPage = useRef<string | null>(year);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== window.parent) return;
      const m = parseEmbedMessage(e.data);
      if (m?.kind !== 'year' || m.chart !== chart) return;
      fromPage.current = String(m.year);
      setSearchParams({ [YEAR_PARAM]: String(m.year) });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [chart]);
  useEffect(() => {
    // A year the reader chose here (not one the page just sent): the page moves its map to it.
    if (!framed() || year === null || year === fromPage.current) return;
    fromPage.current = year;
    window.parent.postMessage(yearMessage(chart, Number(year)), window.location.origin);
  }, [chart, year]);
  return null;
}

export function EmbedBridge({ chart, followsYear, rootId, swipeMovesSlides = true }: EmbedBridgeProps) {
  useHeightReport(chart, rootId);
  useThemeFollow();
  useSlideBridge(chart, swipeMovesSlides);
  useFigureAnswer(chart);
  return followsYear ? (
    <Suspense fallback={null}>
      <YearSync chart={chart} />
    </Suspense>
  ) : null;
}
