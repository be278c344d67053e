/**
 * Greedy line wrapping with measured widths, for every language the atlas speaks: pieces from
 * lineUnits.ts (words; words of Chinese text, which has no spaces) fill a line until the next
 * would overflow. A piece longer than the line (a URL, a long compound) is broken after `/`, `?`,
 * `&`, `-`, or failing those between characters, so no line overflows. With `maxLines`, the last
 * line kept ends with "…" when the text does not fit. Pure.
 */
import { joinUnits, lineUnits, type LineUnit } from './lineUnits';

/** Width of a piece of text in the caller's units. */
export type Measure = (text: string) => number;

export interface WrapOptions {
  /** BCP 47 locale of the text (guides where Chinese lines break). */
  locale: string;
  /** At most this many lines; the last ends with "…" when text was left out. */
  maxLines?: number;
}

function breakLongPiece(piece: string, maxWidth: number, measure: Measure): string[] {
  const parts: string[] = [];
  let rest = piece;
  while (rest.length > 0 && measure(rest) > maxWidth) {
    const chars = Array.from(rest);
    // The longest prefix that fits, preferring to end just after a URL separator or hyphen.
    let fit = 1;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= maxWidth) fit++;
    const head = chars.slice(0, fit).join('');
    const soft = Math.max(head.lastIndexOf('/'), head.lastIndexOf('?'), head.lastIndexOf('&'), head.lastIndexOf('-'));
    const cut = soft > 0 && soft < head.length - 1 ? soft + 1 : head.length;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

function ellipsize(line: string, maxWidth: number, measure: Measure): string {
  let chars = Array.from(line);
  while (chars.length > 1 && measure(`${chars.join('').trimEnd()}…`) > maxWidth) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/** The text as lines no wider than `maxWidth` (no empty lines; [] for blank text). */
export function wrapLines(text: string, maxWidth: number, measure: Measure, options: WrapOptions): string[] {
  const lines: string[] = [];
  let line: LineUnit[] = [];
  for (const unit of lineUnits(text, options.locale)) {
    const candidate = [...line, unit];
    if (measure(joinUnits(candidate)) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line.length > 0) lines.push(joinUnits(line));
    if (measure(unit.text) <= maxWidth) {
      line = [{ text: unit.text, space: false }];
    } else {
      const pieces = breakLongPiece(unit.text, maxWidth, measure);
      const last = pieces.pop() ?? '';
      lines.push(...pieces);
      line = last === '' ? [] : [{ text: last, space: false }];
    }
  }
  if (line.length > 0) lines.push(joinUnits(line));
  const max = options.maxLines;
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsize(kept[max - 1] ?? '', maxWidth, measure);
  return kept;
}
