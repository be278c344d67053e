/**
 * How wide a text is set in Inter, without a DOM and without loading a font: the advance widths
 * the export's font engine measured (interAdvances.ts, generated), so a chart laid out on the
 * server, re-laid out in the browser, and drawn by the export agree on every label's width.
 * Chinese, Japanese and full-width characters are a full em, as CJK faces set them; any other
 * character the table lacks counts 0.6 em, as the export's shaper guesses it. Kerning is left out
 * (Inter's pairs only narrow a text), so a width errs by a few percent on the wide side. Pure.
 */
import { INTER_ADVANCES } from './interAdvances';
import { metricCodePoints } from './metricsTable';

/** Any weight from 100 to 900; between the table's weights the width is interpolated. */
export type TextWeight = number;

const INDEX = new Map(metricCodePoints().map((cp, i) => [cp, i]));
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width in thousandths of an em at one of the table's weights. */
function units(text: string, table: readonly number[]): number {
  let total = 0;
  for (const char of text) {
    const i = INDEX.get(char.codePointAt(0) ?? 0);
    const advance = i === undefined ? undefined : table[i];
    total += advance ?? (WIDE.test(char) ? 1000 : 600);
  }
  return total;
}

/** The rendered width in px of `text` at `size` px and `weight`. */
export function measureText(text: string, size: number, weight: TextWeight = 400): number {
  if (weight <= 400) return (units(text, INTER_ADVANCES[400]) * size) / 1000;
  if (weight >= 700) return (units(text, INTER_ADVANCES[700]) * size) / 1000;
  const [lo, hi, loW, hiW] = weight <= 600 ? ([400, 600, INTER_ADVANCES[400], INTER_ADVANCES[600]] as const) : ([600, 700, INTER_ADVANCES[600], INTER_ADVANCES[700]] as const);
  const t = (weight - lo) / (hi - lo);
  return (((1 - t) * units(text, loW) + t * units(text, hiW)) * size) / 1000;
}
