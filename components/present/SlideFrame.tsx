'use client';
/**
 * A chart's or the map's embed page in a slide. Its address is fixed when it mounts (changing a
 * frame's address would reload it and add an entry to the tab's history): a later theme reaches
 * it as a message, also sent once the frame says it listens (`ready`) in case the theme changed
 * while it loaded. `data-ready` marks a frame that listens (the browser tests wait for it).
 *
 * A `held` frame (a neighbouring slide, hidden) loads and paints its page but holds the page's
 * scripts (lib/heldFrame.ts) until it is shown, or until the theme changes (its page must apply it),
 * so a slide mounted ahead costs a download and a paint, not a hydration, while the briefer talks.
 */
import { useEffect, useRef, useState } from 'react';
import { HELD_FRAME_ATTRIBUTE, WAKE_FRAME_MESSAGE } from '@/lib/heldFrame';
import { slideEmbedSrc } from '@/components/embed/embedLayout';
import { parseEmbedMessage, playMessage, themeMessage } from '@/components/embed/embedMessages';
import type { Theme } from '@/components/shell/theme';
import type { SiteLocale } from '@/lib/messages/locales';
import styles from './Slide.module.css';

export interface SlideFrameProps {
  /** `map` or a chart id: `/embed/<id>/`. */
  id: string;
  /** The view's query (`year=2001`). */
  query: string;
  /** The deck's language: the embed is loaded in it (`/ru/embed/map/`). */
  locale: SiteLocale;
  theme: Theme;
  /** The frame's accessible name. */
  title: string;
  /** Each new value asks the map to play its years (0: never asked). */
  playRequest?: number;
  /** Hidden ahead of its turn: the page's scripts wait until this is false. */
  held?: boolean;
  className?: string;
}

export function SlideFrame({ id, query, locale, theme, title, playRequest = 0, held = false, className }: SlideFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [srcTheme] = useState(theme);
  const [src] = useState(() => slideEmbedSrc(id, query, srcTheme, locale));
  const [loaded, setLoaded] = useState(false);
  const holding = held && theme === srcTheme;
  const wasHeld = useRef(holding);

  // Shown (the attribute is gone by now): the page's loader, if it waits, starts.
  useEffect(() => {
    if (!holding && wasHeld.current) frame.current?.contentWindow?.postMessage(WAKE_FRAME_MESSAGE, window.location.origin);
  }, [holding]);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== frame.current?.contentWindow) return;
      if (parseEmbedMessage(e.data)?.kind === 'ready') setLoaded(true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (loaded) frame.current?.contentWindow?.postMessage(themeMessage(id, theme), window.location.origin);
  }, [id, theme, loaded]);

  useEffect(() => {
    if (loaded && playRequest > 0) frame.current?.contentWindow?.postMessage(playMessage(id), window.location.origin);
  }, [id, loaded, playRequest]);

  return (
    <iframe
      ref={frame}
      src={src}
      title={title}
      className={[styles.frame, className].filter(Boolean).join(' ')}
      data-slide-frame={id}
      data-ready={loaded ? '' : undefined}
      {...{ [HELD_FRAME_ATTRIBUTE]: holding ? '' : undefined }}
    />
  );
}
