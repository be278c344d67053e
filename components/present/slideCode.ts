/**
 * The deck format's building blocks (see deckCodec.ts), without the schema: base64url text and one
 * slide's part. Kept apart so "Add to briefing", which ships on every chart and on the dashboard,
 * appends a slide to the stored deck without loading zod; the deck pages check every part when
 * they read it. Pure.
 */
import { CHART_IDS, type ChartId } from '@/components/charts/chartIds';

export const DECK_VERSION = '1';
/** Where this browser keeps the reader's deck (localStorage). */
export const DECK_STORAGE_KEY = 'sco-atlas-deck';
export const SLIDE_SEPARATOR = '~';
export const FIELD_SEPARATOR = '.';
/** The head that stands for every slide of the default deck, in order. */
export const ALL_DEFAULTS_HEAD = 'D';
/** A stored deck may not grow past this many parts by "Add to briefing". */
export const MAX_PARTS = 60;

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text, or undefined when `value` is not base64url of UTF-8. */
export function fromBase64Url(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(value) || value.length % 4 === 1) return undefined;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** One slide's part: head, then query, title and notes in base64url, trailing empty fields left out. */
export function slidePart(head: string, query: string, title?: string, notes?: string): string {
  const fields = [head, query === '' ? '' : toBase64Url(query), title === undefined ? '' : toBase64Url(title), notes === undefined ? '' : toBase64Url(notes)];
  while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields.join(FIELD_SEPARATOR);
}

/** The part of a view a reader adds: the map or a chart, with the query its page shows. */
export function viewPart(view: { kind: 'map'; query: string } | { kind: 'chart'; chart: ChartId; query: string }): string {
  return view.kind === 'map' ? slidePart('m', view.query) : slidePart(`c${CHART_IDS.indexOf(view.chart)}`, view.query);
}

export type AppendResult = { ok: true; deck: string; parts: number } | { ok: false; reason: 'full' };

/**
 * The stored deck with `part` added at the end; a missing or unreadable deck starts from the
 * default deck (`D`). `parts` counts the deck's parts (`D` is one).
 */
export function appendPart(stored: string | null, part: string): AppendResult {
  const base = stored !== null && stored.startsWith(`${DECK_VERSION}${SLIDE_SEPARATOR}`) ? stored : `${DECK_VERSION}${SLIDE_SEPARATOR}${ALL_DEFAULTS_HEAD}`;
  const parts = base.split(SLIDE_SEPARATOR).length - 1;
  if (parts >= MAX_PARTS) return { ok: false, reason: 'full' };
  return { ok: true, deck: `${base}${SLIDE_SEPARATOR}${part}`, parts: parts + 1 };
}
