/**
 * Where a line may break: the text cut into the pieces a wrapped line is made of. Between words a
 * line breaks at a space, as before; inside a run of Chinese (or Japanese) text, which has no
 * spaces, it breaks between the words `Intl.Segmenter` finds, keeping punctuation where the
 * typesetting rules of CJK text want it (no line starts with "，" or "）", none ends with "（"),
 * and a number with its counter ("2001年", "15日"). The chart labels, the export's frame and the
 * slides all wrap with these pieces (wrapLines.ts). Pure.
 */

/** One piece of a line. `space`: a space separates it from the piece before (none inside CJK runs). */
export interface LineUnit {
  text: string;
  space: boolean;
}

/** Han, kana, CJK punctuation and full-width forms: text that is set without spaces. */
const CJK = /[\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
/** Closing punctuation (and dashes, hyphens): never the first thing on a line. */
const NO_LINE_START = /^[)\]}>»›’”、。，．：；！？％‰…·）】」』》〉〕〗〙〛｝〉\-‐‑–—:;,.!?%]/u;
/** Opening punctuation: never the last thing on a line. */
const NO_LINE_END = /[([{<«‹‘“（【「『《〈〔〖〘〚｛]$/u;
/** A dash set between spaces. */
const DASH = /^[–—-]$/u;
/** Counters that stay with the number before them: 2001年, 6月, 15日, 50人. */
const COUNTER = /^[年月日号時时分秒人名次个個件起国國]/u;

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(locale: string): Intl.Segmenter | null {
  let s = segmenters.get(locale);
  if (s === undefined) {
    s = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity: 'word' }) : null;
    segmenters.set(locale, s);
  }
  return s;
}

/** The words of a run without spaces; one per character where the runtime has no segmenter. */
function words(run: string, locale: string): string[] {
  const s = segmenter(locale);
  return s ? Array.from(s.segment(run), (part) => part.segment) : Array.from(run);
}

/** A run with CJK in it, cut into pieces that may start a line. */
function cjkPieces(run: string, locale: string): string[] {
  const pieces: string[] = [];
  let opening = '';
  for (const word of words(run, locale)) {
    const last = pieces.length - 1;
    const previous = pieces[last];
    if (opening === '' && previous !== undefined && (NO_LINE_START.test(word) || (/\d$/.test(previous) && COUNTER.test(word)))) {
      pieces[last] = previous + word;
      continue;
    }
    const text = opening + word;
    opening = '';
    if (NO_LINE_END.test(text)) opening = text;
    else pieces.push(text);
  }
  if (opening !== '') {
    const last = pieces.length - 1;
    if (last >= 0) pieces[last] += opening;
    else pieces.push(opening);
  }
  return pieces;
}

/** The pieces of `text` (whitespace runs collapsed), in order. `locale` (a BCP 47 tag) guides the segmenter. */
export function lineUnits(text: string, locale: string): LineUnit[] {
  const units: LineUnit[] = [];
  for (const run of text.trim().split(/\s+/)) {
    if (run === '') continue;
    const previous = units[units.length - 1];
    if (previous && DASH.test(run)) {
      // "государств — членов": a spaced dash stays at the end of the line, never starts one.
      previous.text += ` ${run}`;
      continue;
    }
    const pieces = CJK.test(run) ? cjkPieces(run, locale) : [run];
    pieces.forEach((piece, i) => units.push({ text: piece, space: i === 0 && units.length > 0 }));
  }
  return units;
}

/** The text of a line made of `units`: spaces where the text had them. */
export function joinUnits(units: readonly LineUnit[]): string {
  return units.map((u, i) => (i > 0 && u.space ? ` ${u.text}` : u.text)).join('');
}
