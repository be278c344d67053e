/**
 * A deck in a URL parameter (`/present/?deck=1~d0~d2~m.eWVhcj0yMDEw~c2`): compact, versioned, and
 * read part by part, so a link that was cut short or tampered with still opens every slide that
 * can be read, and says which parts were left out. Pure.
 *
 *   deck     = version "~" slide *("~" slide)          version "1"
 *   slide    = head ["." query ["." title ["." notes]]]  (trailing empty fields left out)
 *   head     = "d" n   the default deck's slide n (0-based) · "m" the map · "c" k  chart k of CHART_IDS
 *            | "t" title slide · "x" contested figures · "s" sources
 *            | "D"      every slide of the default deck (what "Add to briefing" starts from)
 *   query, title, notes = base64url of UTF-8 text (no padding)
 *
 * A slide whose view equals one of the default deck's is written as that slide's "d" n, so the
 * default deck reordered or cut is a few characters per slide. Every slide read is checked with the
 * deck's zod schema and its view query put in the canonical form the map or chart page writes.
 */
import { CHART_IDS } from '@/components/charts/chartIds';
import { DECK_LIMITS, SLIDE_KIND, sameView, slideSchema, viewOf, type Slide } from './deck';
import { ALL_DEFAULTS_HEAD, DECK_VERSION, FIELD_SEPARATOR, fromBase64Url, SLIDE_SEPARATOR, slidePart } from './slideCode';
import type { ViewChecker } from './viewQuery';

export const DECK_PARAM = 'deck';

/**
 * `url` with its `deck` parameter set to `param` (removed for null), as a path and query: the
 * deck's characters are all URL-safe, so `~` is written as itself, not `%7E`.
 */
export function withDeckParam(href: string, param: string | null): string {
  const url = new URL(href, 'http://deck.invalid');
  if (param === null) url.searchParams.delete(DECK_PARAM);
  else url.searchParams.set(DECK_PARAM, param);
  return `${url.pathname}${url.search.replace(/%7E/gi, '~').replace(/%2C/gi, ',')}${url.hash}`;
}
export { DECK_VERSION } from './slideCode';
/** Longer than any deck the limits allow (60 slides with long notes); a longer value is not read. */
export const MAX_DECK_PARAM_LENGTH = 24_000;
/** How much of an ignored part a message quotes. */
const QUOTE_LENGTH = 24;

export type IgnoredReason = 'version' | 'tooLong' | 'malformed' | 'unknownSlide' | 'invalid' | 'tooMany';

export interface IgnoredPart {
  /** 1-based position of the part among the deck's slides (0 for the whole deck). */
  position: number;
  /** The start of the part, as it was in the URL. */
  text: string;
  reason: IgnoredReason;
}

export interface DecodedDeck {
  slides: Slide[];
  ignored: IgnoredPart[];
  /** 1-based positions of slides whose view had parts the page does not understand (dropped). */
  adjusted: number[];
}

const HEAD_OF_KIND = { title: 't', contested: 'x', sources: 's' } as const;
const KIND_OF_HEAD: Record<string, 'title' | 'contested' | 'sources'> = { t: 'title', x: 'contested', s: 'sources' };

function headOf(slide: Slide, defaults: readonly Slide[]): { head: string; query: string } {
  const index = defaults.findIndex((d) => sameView(d, slide));
  if (index >= 0) return { head: `d${index}`, query: '' };
  switch (slide.kind) {
    case SLIDE_KIND.map:
      return { head: 'm', query: slide.query };
    case SLIDE_KIND.chart:
      return { head: `c${CHART_IDS.indexOf(slide.chart)}`, query: slide.query };
    default:
      return { head: HEAD_OF_KIND[slide.kind], query: '' };
  }
}

/** The deck as the value of the `deck` parameter. */
export function encodeDeck(slides: readonly Slide[], defaults: readonly Slide[]): string {
  const parts = slides.map((slide) => {
    const { head, query } = headOf(slide, defaults);
    return slidePart(head, query, slide.title, slide.notes);
  });
  return [DECK_VERSION, ...parts].join(SLIDE_SEPARATOR);
}

type Read = { slide: Slide; adjusted: boolean } | { reason: IgnoredReason };

/** Canonical view query, and whether it differed from what was given. */
function checkView(slide: Slide, views: ViewChecker): { slide: Slide; adjusted: boolean } {
  if (slide.kind === SLIDE_KIND.map) {
    const query = views.map(slide.query);
    return { slide: { ...slide, query }, adjusted: query !== slide.query && slide.query !== '' };
  }
  if (slide.kind === SLIDE_KIND.chart) {
    const query = views.chart(slide.chart, slide.query);
    return { slide: { ...slide, query }, adjusted: query !== slide.query };
  }
  return { slide, adjusted: false };
}

function readSlide(part: string, defaults: readonly Slide[], views: ViewChecker): Read {
  const fields = part.split(FIELD_SEPARATOR);
  const [head = '', rawQuery = '', rawTitle = '', rawNotes = ''] = fields;
  if (fields.length > 4) return { reason: 'malformed' };
  const query = fromBase64Url(rawQuery);
  const title = fromBase64Url(rawTitle);
  const notes = fromBase64Url(rawNotes);
  if (query === undefined || title === undefined || notes === undefined) return { reason: 'malformed' };
  const overrides = { ...(title === '' ? {} : { title }), ...(notes === '' ? {} : { notes }) };

  let candidate: unknown;
  const number = /^[dc](\d{1,3})$/.exec(head)?.[1];
  if (head.startsWith('d') && number !== undefined) {
    const base = defaults[Number(number)];
    if (!base || query !== '') return { reason: 'unknownSlide' };
    candidate = { ...viewOf(base), ...overrides };
  } else if (head === 'm') {
    candidate = { kind: SLIDE_KIND.map, query, ...overrides };
  } else if (head.startsWith('c') && number !== undefined) {
    const chart = CHART_IDS[Number(number)];
    if (chart === undefined) return { reason: 'unknownSlide' };
    candidate = { kind: SLIDE_KIND.chart, chart, query, ...overrides };
  } else if (head in KIND_OF_HEAD && query === '') {
    candidate = { kind: KIND_OF_HEAD[head], ...overrides };
  } else {
    return { reason: 'unknownSlide' };
  }
  const parsed = slideSchema.safeParse(candidate);
  return parsed.success ? checkView(parsed.data, views) : { reason: 'invalid' };
}

function quote(text: string): string {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
}

/** Every slide that can be read from a `deck` parameter, and what was left out and why. */
export function decodeDeck(raw: string, defaults: readonly Slide[], views: ViewChecker): DecodedDeck {
  if (raw.length > MAX_DECK_PARAM_LENGTH) return { slides: [], ignored: [{ position: 0, text: quote(raw), reason: 'tooLong' }], adjusted: [] };
  const [version, ...parts] = raw.split(SLIDE_SEPARATOR);
  if (version !== DECK_VERSION) return { slides: [], ignored: [{ position: 0, text: quote(version ?? ''), reason: 'version' }], adjusted: [] };

  const slides: Slide[] = [];
  const ignored: IgnoredPart[] = [];
  const adjusted: number[] = [];
  parts.forEach((part, i) => {
    const position = i + 1;
    if (part === ALL_DEFAULTS_HEAD && slides.length + defaults.length <= DECK_LIMITS.slides) {
      slides.push(...defaults.map(viewOf));
      return;
    }
    if (slides.length >= DECK_LIMITS.slides) {
      if (ignored.at(-1)?.reason !== 'tooMany') ignored.push({ position, text: quote(part), reason: 'tooMany' });
      return;
    }
    const read = readSlide(part, defaults, views);
    if ('reason' in read) {
      ignored.push({ position, text: quote(part), reason: read.reason });
      return;
    }
    slides.push(read.slide);
    if (read.adjusted) adjusted.push(position);
  });
  return { slides, ignored, adjusted };
}
