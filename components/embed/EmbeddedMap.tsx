'use client';
/**
 * The map explorer in a frame (`/embed/map/`): the same explorer as the dashboard's, its view from
 * the frame's address. A briefing slide asks it to play the membership expansion with a `play`
 * message (the deck's key); it plays from the first year to the latest, as its Play button does.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { MapExplorer, type MapExplorerControl, type MapExplorerProps } from '@/components/map/MapExplorer';
import type { MapSummary } from '@/components/map/types';
import { MAP_EMBED_ID } from './embedLayout';
import { parseEmbedMessage } from './embedMessages';
import type { Locale } from '@/lib/i18n';

export interface EmbeddedMapProps {
  /** The page's language (issue #18: wired through in a following change). */
  locale: Locale;
  exportWords: MapExplorerProps['exportWords'];

  summary: MapSummary;
  outline: ReactNode;
}

export function EmbeddedMap({ locale, exportWords, summary, outline }: EmbeddedMapProps) {
  const control = useRef<MapExplorerControl>(null);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== window.parent) return;
      const m = parseEmbedMessage(e.data);
      if (m?.kind === 'play' && m.chart === MAP_EMBED_ID) control.current?.playFromStart();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return <MapExplorer locale={locale} exportWords={exportWords} summary={summary} outline={outline} control={control} />;
}
