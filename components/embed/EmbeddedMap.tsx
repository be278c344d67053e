'use client';
/**
 * The map explorer in a frame (`/embed/map/`): the same explorer as the dashboard's, its view from
 * the frame's address. A briefing slide asks it to play the membership expansion with a `play`
 * message (the deck's key); it plays from the first year to the latest, as its Play button does.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { MapExplorer, type MapExplorerControl, type MapExplorerProps } from '@/components/map/MapExplorer';
import type { MapMessages } from '@/components/map/mapMessages.server';
import type { MapSummary } from '@/components/map/types';
import { MAP_EMBED_ID } from './embedLayout';
import { parseEmbedMessage } from './embedMessages';

export interface EmbeddedMapProps {
  /** The explorer's words in the page's language (components/map/mapMessages.server.ts). */
  messages: MapMessages;
  exportWords: MapExplorerProps['exportWords'];

  summary: MapSummary;
  outline: ReactNode;
}

export function EmbeddedMap({ messages, exportWords, summary, outline }: EmbeddedMapProps) {
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
  return <MapExplorer messages={messages} exportWords={exportWords} summary={summary} outline={outline} control={control} />;
}
