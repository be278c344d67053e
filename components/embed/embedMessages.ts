/**
 * What a dashboard page and the chart embedded in its frame (`/embed/<id>/`) tell each other,
 * through `postMessage` between same-origin windows:
 *
 * - the page → the chart: the map's year (`year`), so the chart marks the year the map shows;
 * - the chart → the page: a year chosen in the chart (`year`), so the map moves; and the chart's
 *   height (`height`), so the frame fits its content without a scrollbar.
 *
 * Pure: parsing is strict, because any window can post a message; anything else is ignored.
 */

/** Marks the atlas's own messages among whatever else a window receives. */
export const EMBED_MESSAGE_TYPE = 'sco-atlas-embed';

export type EmbedMessage =
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'year'; chart: string; year: number }
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'height'; chart: string; height: number };

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
  return undefined;
}

export function yearMessage(chart: string, year: number): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'year', chart, year };
}

export function heightMessage(chart: string, height: number): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, kind: 'height', chart, height };
}

/** `/embed/<id>/`, the chart alone, as the dashboard frames it; `year` when the chart marks one. */
export function embedPath(id: string, year?: number): string {
  return `/embed/${id}/${year === undefined ? '' : `?year=${year}`}`;
}
