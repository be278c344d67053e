/**
 * The `slide` URL parameter of the deck: 1-based, as the counter reads. Any value lands on a slide:
 * missing → the first; a number out of range → the nearest end; a fraction → the nearest whole
 * slide; anything else (`abc`, `<script>`, `NaN`) → the first. Pure.
 */
export const SLIDE_PARAM = 'slide';

export interface SlideParam {
  /** 0-based index of the slide to show. */
  index: number;
  /** What the parameter should read (`"4"`), or null when it is absent and may stay so. */
  canonical: string | null;
  /** Whether the URL must be rewritten to `canonical`. */
  rewrite: boolean;
}

/** Digits with an optional sign, fraction or exponent; no hex, no spaces inside. */
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function parseSlideParam(raw: string | null, count: number): SlideParam {
  const last = Math.max(1, count);
  if (raw === null) return { index: 0, canonical: null, rewrite: false };
  const text = raw.trim();
  let position = 1;
  if (NUMERIC.test(text)) {
    const n = Number(text);
    position = Number.isNaN(n) ? 1 : Math.min(last, Math.max(1, Math.round(n)));
  }
  const canonical = String(position);
  return { index: position - 1, canonical, rewrite: raw !== canonical };
}

/** The parameter's value for a 0-based index. */
export function slideParamValue(index: number): string {
  return String(index + 1);
}
