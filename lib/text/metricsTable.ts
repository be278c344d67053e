/**
 * The characters the text metrics table covers and how it is read: Basic Latin, Latin-1 and
 * Latin Extended-A (English, Turkish, Vietnamese names in sources), Cyrillic (Russian, Kazakh,
 * Kyrgyz, Tajik), the Unicode spaces and the punctuation the atlas sets. The widths themselves are
 * read from Inter's files (scripts/text/buildTextMetrics.ts → interAdvances.ts); Chinese has its
 * own table (notoScAdvances.ts). Pure.
 */

/** Inclusive code point ranges, in table order. */
export const METRIC_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x400, 0x45f],
  [0x490, 0x491],
  [0x2000, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2116, 0x2116],
  [0x2212, 0x2212],
];

/** Every code point of the table, in order. */
export function metricCodePoints(): number[] {
  const points: number[] = [];
  for (const [from, to] of METRIC_RANGES) for (let cp = from; cp <= to; cp++) points.push(cp);
  return points;
}
