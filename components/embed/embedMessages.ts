/**
 * What a dashboard page and the chart embedded in its frame (`/embed/<id>/`) tell each other,
 * through `postMessage` between same-origin windows:
 *
 * - the page → the chart: the map's year (`year`), so the chart marks the year the map shows;
 * - the chart → the page: a year chosen in the chart (`year`), so the map moves; and the chart's
 *   height (`height`), so the frame fits its content without a scrollbar.
 *
 * A slide of the briefing (components/present) frames a chart or the map (`/embed/map/`) too:
 * - the deck → the frame: the deck's theme (`theme`), and `play` (the map plays its years);
 * - the frame → the deck: `ready` once it listens (hydrated); a key the frame did not use (`key`)
 *   and a horizontal swipe (`swipe`), so the deck moves while the focus or the finger is inside a
 *   slide; the map's year (`year`).
 *
 * Pure: parsing is strict, because any window can post a message; anything else is ignored.
 */
import { isTheme, type Theme } from '@/components/shell/theme';
import type { SiteLocale } from '@/lib/messages/locales';
import { paths } from '@/lib/paths';

/** Marks the atlas's own messages among whatever else a window receives. */
export const EMBED_MESSAGE_TYPE = 'sco-atlas-embed';

/** A key pressed inside a frame, as the deck's key map reads it (components/present/keyMap.ts). */
export interface ForwardedKey {
  key: string;
  /** The physical key ("KeyF"): the deck reads letters by it in a non-Latin layout. */
  code?: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type EmbedMessage =
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'year'; chart: string; year: number }
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'height'; chart: string; height: number }
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'theme'; chart: string; theme: Theme }
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'play'; chart: string }
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'ready'; chart: string }
  | ({ type: typeof EMBED_MESSAGE_TYPE; kind: 'key'; chart: string } & ForwardedKey)
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'swipe'; chart: string; direction: 'next' | 'previous' };

/** `KeyboardEvent.key` values are short ("ArrowRight", "PageDown", "a"); anything longer is not a key. */
const MAX_KEY_LENGTH = 24;
const YEAR_RANGE = { min: 1900, max: 2100 } as const;
/** No chart is taller than this; a larger value is a bug or a hostile page, not a layout. */
const MAX_HEIGHT = 20_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The message if `data` is one of ours and well formed, else undefined. */
export function parseEmbedMessage(data: unknown): EmbedMessage | undefined {
  if (!isRecord(data) || data.type !== EMBED_MESSAGE_TYPE || typeof data.chart !== 'string' || data.chart.length > 64) return undefined;
  if (data.kind === 'year') {
    const year = data.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) return undefined;
    return { type: EMBED_MESSAGE_TYPE, kind: 'year', chart: data.chart, year };
  }
  if (data.kind === 'height') {
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return undefined;
    return { type: EMBED_MESSAGE_TYPE, kind: 'height', chart: data.chart, height: Math.ceil(height) };
  }
  if (data.kind === 'theme') return isTheme(data.theme) ? themeMessage(data.chart, data.theme) : undefined;
  if (data.kind === 'play') return playMessage(data.chart);
  if (data.kind === 'ready') return readyMessage(data.chart);
  if (data.kind === 'swipe') {
    return data.direction === 'next' || data.direction === 'previous' ? swipeMessage(data.chart, data.direction) : undefined;
  }
  if (data.kind === 'key') {
    const { key } = data;
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return undefined;
    const flags = ['shiftKey', 'altKey', 'ctrlKey', 'metaKey'] as const;
    if (flags.some((f) => typeof data[f] !== 'boolean')) return undefined;
    const { code } = data;
    if (code !== undefined && (typeof code !== 'string' || !/^\w{1,24}$/.test(code))) return undefined;
    return keyMessage(data.chart, {
      key,
      ...(code === undefined ? {} : { code }),
      shiftKey: data.shiftKey === true,
      altKey: data.altKey === true,
      ctrlKey: data.ctrlKey === true,
      metaKey: data.metaKey === true,
    });
  }
  return undefined;
}

export function themeMessage(chart: string, theme: Theme): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'theme', chart, theme };
}

export function playMessage(chart: string): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'play', chart };
}

export function readyMessage(chart: string): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'ready', chart };
}

export function keyMessage(chart: string, key: ForwardedKey): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'key', chart, ...key };
}

export function swipeMessage(chart: string, direction: 'next' | 'previous'): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'swipe', chart, direction };
}

export function yearMessage(chart: string, year: number): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'year', chart, year };
}

export function heightMessage(chart: string, height: number): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'height', chart, height };
}

/** `/embed/<id>/` (`/ru/embed/<id>/` …), the chart alone, as the dashboard frames it; `year` when the chart marks one. */
export function embedPath(id: string, year: number | undefined, locale: SiteLocale): string {
  return paths.embed(id, { locale, ...(year === undefined ? {} : { query: { year: String(year) } }) });
}
