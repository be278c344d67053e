/**
 * Text width and line wrapping for the chart layouts, which the server lays out before any
 * browser measures: widths from lib/text/measureText (Inter and Noto Sans SC's advances, read
 * from the fonts with the export's font engine), rounded up; lines broken with lib/text/wrapLines
 * (at spaces in English and Russian, between words found by `Intl.Segmenter` in Chinese, which
 * has no spaces). Used to keep labels apart and inside the plot.
 */
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { measureText, type TextWeight } from '@/lib/text/measureText';
import { wrapLines } from '@/lib/text/wrapLines';

/** The weight of `.strong` and `.flagText` labels in chart.module.css; other chart text is 400. */
export const STRONG = 650;

/** The rendered width in px of `text` at `fontSize` px and `weight`, rounded up. */
export function textWidth(text: string, fontSize: number, weight: TextWeight = 400): number {
  return Math.ceil(measureText(text, fontSize, weight));
}

/**
 * Breaks `text` (in `locale`) into at most `maxLines` lines no wider than `maxWidth` at `fontSize`
 * and `weight`; the last line ends with "…" when the text does not fit. A word longer than a line
 * is broken inside (after a hyphen or slash where it has one), so no line overflows.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, locale: SiteLocale, weight: TextWeight = 400): string[] {
  return wrapLines(text, maxWidth, (s) => textWidth(s, fontSize, weight), { locale: LOCALE_TAGS[locale], maxLines });
}

/** `text` cut with "…" to fit `maxWidth` at `fontSize` and `weight` (whole when it fits). */
export function ellipsize(text: string, maxWidth: number, fontSize: number, weight: TextWeight = 400): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  let chars = Array.from(text);
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, weight) > maxWidth) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}
