/**
 * Greedy line wrapping with measured widths: words fill a line until the next would overflow.
 * A word longer than the line (a URL, a long compound) is broken after `/`, `?`, `&`, `-`, or
 * failing those between characters, so no line ever overflows.
 */

/** Width of a piece of text in the caller's units. */
export type Measure = (text: string) => number;

function breakLongWord(word: string, maxWidth: number, measure: Measure): string[] {
  const parts: string[] = [];
  let rest = word;
  while (rest.length > 0 && measure(rest) > maxWidth) {
    // The longest prefix that fits, preferring to end just after a URL separator or hyphen.
    let fit = 1;
    while (fit < rest.length && measure(rest.slice(0, fit + 1)) <= maxWidth) fit++;
    const head = rest.slice(0, fit);
    const soft = Math.max(head.lastIndexOf('/'), head.lastIndexOf('?'), head.lastIndexOf('&'), head.lastIndexOf('-'));
    const cut = soft > 0 && soft < fit - 1 ? soft + 1 : fit;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** The text as lines no wider than `maxWidth` (one empty-free line per entry; [] for blank text). */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word) <= maxWidth) {
      line = word;
    } else {
      const pieces = breakLongWord(word, maxWidth, measure);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
