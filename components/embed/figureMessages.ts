/**
 * A briefing deck asks a slide's frame for its figure, to put it in a PowerPoint file
 * (components/present/captureFigure.ts → components/embed/useFigureAnswer.ts):
 *
 * - the deck → the frame: `figure` (a request number, the slide's title and source line, which
 *   size the figure's box on the PowerPoint slide);
 * - the frame → the deck: `figureImage` (the PNG's bytes as a transferred ArrayBuffer, its pixel
 *   size, alt text and the colours it was drawn in) or `figureError` (why not: the key of the
 *   Export menu's status message and its arguments, so the deck says it in its own language).
 *
 * Same envelope as embedMessages.ts. Pure; parsing is strict, because any window can post a
 * message: anything malformed, oversized or of the wrong type is ignored (undefined).
 */
import type { SlidePalette } from '@/components/export/pptx/deckTypes';
import { EMBED_MESSAGE_TYPE } from './embedMessages';

export type FigureMessage =
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'figure'; chart: string; id: number; title: string; sourceLine: string }
  | {
      type: typeof EMBED_MESSAGE_TYPE;
      kind: 'figureImage';
      chart: string;
      id: number;
      png: ArrayBuffer;
      widthPx: number;
      heightPx: number;
      alt: string;
      palette: SlidePalette;
    }
  | { type: typeof EMBED_MESSAGE_TYPE; kind: 'figureError'; chart: string; id: number; reason: string; params?: FigureErrorParams };

/** A status message's arguments (`{ width: 1920, height: 1080, min: 9 }`, `{ reason: '…' }`). */
export type FigureErrorParams = Readonly<Record<string, string | number>>;

export type FigureRequest = Extract<FigureMessage, { kind: 'figure' }>;
export type FigureReply = Exclude<FigureMessage, FigureRequest>;

/** Limits: a slide title (the deck allows 160), a source line, alt text, an error's words and arguments. */
export const FIGURE_LIMITS = { title: 400, sourceLine: 2000, alt: 1000, reason: 500, params: 8, pixels: 10_000, bytes: 64 * 1024 * 1024 } as const;
/** Every PNG starts with these bytes. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function pixels(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= FIGURE_LIMITS.pixels;
}

function palette(value: unknown): SlidePalette | undefined {
  if (!isRecord(value)) return undefined;
  const { background, text: ink, muted } = value;
  if (typeof background !== 'string' || typeof ink !== 'string' || typeof muted !== 'string') return undefined;
  if (![background, ink, muted].every((c) => HEX_COLOR.test(c))) return undefined;
  return { background, text: ink, muted };
}

/** An error's arguments: a few short strings and finite numbers under short names; else undefined. */
function params(value: unknown): FigureErrorParams | undefined {
  if (!isRecord(value) || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > FIGURE_LIMITS.params) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, v] of entries) {
    if (!/^\w{1,32}$/.test(key)) return undefined;
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
    else if (text(v, FIGURE_LIMITS.reason)) out[key] = v;
    else return undefined;
  }
  return out;
}

/** Whether the bytes are a PNG (its signature), of a size a slide's figure can have. */
export function isPng(png: ArrayBuffer): boolean {
  if (png.byteLength < 64 || png.byteLength > FIGURE_LIMITS.bytes) return false;
  const head = new Uint8Array(png, 0, PNG_SIGNATURE.length);
  return PNG_SIGNATURE.every((b, i) => head[i] === b);
}

/** The message if `data` is a well-formed figure request or reply, else undefined. */
export function parseFigureMessage(data: unknown): FigureMessage | undefined {
  if (!isRecord(data) || data.type !== EMBED_MESSAGE_TYPE || !text(data.chart, 64)) return undefined;
  const { chart, id } = data;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return undefined;
  if (data.kind === 'figure') {
    if (!text(data.title, FIGURE_LIMITS.title) || !text(data.sourceLine, FIGURE_LIMITS.sourceLine)) return undefined;
    return figureRequest(chart, id, { title: data.title, sourceLine: data.sourceLine });
  }
  if (data.kind === 'figureError') {
    if (!text(data.reason, FIGURE_LIMITS.reason)) return undefined;
    if (data.params === undefined) return figureError(chart, id, data.reason);
    const args = params(data.params);
    return args ? figureError(chart, id, data.reason, args) : undefined;
  }
  if (data.kind === 'figureImage') {
    const { png, widthPx, heightPx, alt } = data;
    const colours = palette(data.palette);
    // Structured cloning makes the buffer in the receiver's own realm, so `instanceof` holds here.
    if (!(png instanceof ArrayBuffer) || !isPng(png) || !pixels(widthPx) || !pixels(heightPx) || !text(alt, FIGURE_LIMITS.alt) || !colours) return undefined;
    return { type: EMBED_MESSAGE_TYPE, kind: 'figureImage', chart, id, png, widthPx, heightPx, alt, palette: colours };
  }
  return undefined;
}

export function figureRequest(chart: string, id: number, slide: { title: string; sourceLine: string }): FigureRequest {
  return { type: EMBED_MESSAGE_TYPE, kind: 'figure', chart, id, title: slide.title, sourceLine: slide.sourceLine };
}

export function figureImage(chart: string, id: number, image: { png: ArrayBuffer; widthPx: number; heightPx: number; alt: string; palette: SlidePalette }): FigureReply {
  return { type: EMBED_MESSAGE_TYPE, kind: 'figureImage', chart, id, ...image };
}

/** Why the frame has no figure: `reason` is the key of an Export-menu status message (`noPlot`), `params` its arguments. */
export function figureError(chart: string, id: number, reason: string, params?: FigureErrorParams): FigureReply {
  return { type: EMBED_MESSAGE_TYPE, kind: 'figureError', chart, id, reason: reason.slice(0, FIGURE_LIMITS.reason), ...(params ? { params } : {}) };
}
