/**
 * Keeping the map's view and the URL in step when both can change (pure; useMapView.ts uses it).
 *
 * We write the URL ourselves (debounced) and Next.js reports each write back a little later,
 * perhaps after the user has moved on, and several writes may come back as one. Someone else
 * (the membership chart, back/forward) can also change the URL. So we remember the writes whose
 * echo has not come back yet: a URL that matches one is an echo (consume the queue up to it),
 * anything else is someone else's change and is adopted.
 */
import { sameMapView, type MapViewState } from './urlState';

export interface UrlSyncState {
  view: MapViewState;
  /** Map parts of URLs we wrote whose echo has not come back, oldest first. */
  echoes: string[];
  /** The map part of the URL at the last render. */
  seen: string | null;
  /** Counts adoptions of someone else's URL (a write still waiting is then dropped). */
  adopted: number;
}

export const MAX_ECHOES = 32;

/** The state after the URL's map part became `urlKey` (parsed as `urlView`). */
export function reconcileUrl(state: UrlSyncState, urlKey: string | null, urlView: MapViewState | null): UrlSyncState {
  if (urlKey === state.seen) return state;
  const echo = urlKey === null ? -1 : state.echoes.indexOf(urlKey);
  if (echo >= 0) return { ...state, echoes: state.echoes.slice(echo + 1), seen: urlKey };
  // The same view keeps its object, so that nothing memoised on it renders again.
  if (urlView) return { view: sameMapView(urlView, state.view) ? state.view : urlView, echoes: [], seen: urlKey, adopted: state.adopted + 1 };
  return { ...state, seen: urlKey };
}

/** The state after we wrote `key` to the URL. */
export function wroteUrl(state: UrlSyncState, key: string): UrlSyncState {
  return { ...state, echoes: [...state.echoes, key].slice(-MAX_ECHOES) };
}
