'use client';
/**
 * The map's words for the explorer's components: provided once by MapExplorer from the compiled
 * messages its server page sent, read with useMapText().
 */
import { createContext, useContext } from 'react';
import type { MapText } from './mapText';

export const MapTextContext = createContext<MapText | null>(null);

export function useMapText(): MapText {
  const text = useContext(MapTextContext);
  if (!text) throw new Error('useMapText() outside MapExplorer (MapTextContext)');
  return text;
}
