'use client';
/**
 * The map's item handlers as one object for good: each calls the handler of the latest render
 * (held in a ref), so the group that holds every state and marker (InteractionGroup, through
 * MapHandlersContext) is not re-rendered by a year step.
 */
import { useState } from 'react';
import type { MapItemHandlers } from './MapLayerContext';
import { useLatest } from './useLatest';

export function useStableHandlers(current: MapItemHandlers): MapItemHandlers {
  const handlersRef = useLatest(current);
  const [handlers] = useState<MapItemHandlers>(() => ({
    onClick: (e) => handlersRef.current.onClick(e),
    onMouseOver: (e) => handlersRef.current.onMouseOver(e),
    onMouseMove: (e) => handlersRef.current.onMouseMove(e),
    onMouseLeave: () => handlersRef.current.onMouseLeave(),
    onFocus: (e) => handlersRef.current.onFocus(e),
    onBlur: () => handlersRef.current.onBlur(),
    onKeyDown: (e) => handlersRef.current.onKeyDown(e),
  }));
  return handlers;
}
