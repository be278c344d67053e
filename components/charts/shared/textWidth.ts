/**
 * Text width without a DOM: the server lays labels out before any browser measures them, so
 * widths are estimated from per-character advance widths of Inter (the site's font), rounded up.
 * Used to keep labels apart and inside the plot; err on the wide side.
 */

/** Advance widths in em for Inter's common glyphs, by class. */
const NARROW = new Set([...'ijlI|!.,:;\'’`()[]{}ft r']);
const WIDE = new Set([...'mwMW@%']);
const UPPER = /[A-Z]/;
const DIGIT = /[0-9]/;

export function charWidthEm(ch: string): number {
  if (ch === ' ') return 0.28;
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.86;
  if (DIGIT.test(ch)) return 0.62;
  if (UPPER.test(ch)) return 0.7;
  if (ch === '–' || ch === '—') return ch === '—' ? 1 : 0.6;
  return 0.58;
}

/** Estimated rendered width in px of `text` at `fontSize` px (never below the true width for Inter). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return Math.ceil(em * fontSize);
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`; the last line ends with "…"
 * when the text does not fit. Words longer than a line are kept whole on their own line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current === '' || textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** `text` cut with "…" to fit `maxWidth` at `fontSize` (whole when it fits). */
export function ellipsize(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}
