/**
 * Advance widths read straight from a font file's tables with fontkit (the export's font engine):
 * the `hmtx` advance of the glyph each character maps to, in thousandths of an em. Reading `hmtx`
 * rather than `glyph.advanceWidth` keeps it fast: fontkit computes a CFF glyph's outline box for
 * the latter, which for Noto Sans SC's thousands of glyphs takes minutes. Node only (build time).
 */
import { openSync, type Font } from 'fontkit';

interface HmtxTable {
  metrics: { length: number; get(index: number): { advance: number } | undefined };
}

function isHmtx(table: unknown): table is HmtxTable {
  if (typeof table !== 'object' || table === null) return false;
  const metrics: unknown = Reflect.get(table, 'metrics');
  return typeof metrics === 'object' && metrics !== null && typeof Reflect.get(metrics, 'get') === 'function' && typeof Reflect.get(metrics, 'length') === 'number';
}

/** One font file, opened once: its characters and their advances. */
export interface FontAdvances {
  /** The code points the font's cmap maps to a glyph. */
  codePoints: ReadonlySet<number>;
  /** Advance of `codePoint` in thousandths of an em, unrounded; undefined when the font lacks it. */
  advance(codePoint: number): number | undefined;
  font: Font;
}

const cache = new Map<string, FontAdvances>();

/** The font in `file`, opened once per process. */
export function openFont(file: string): FontAdvances {
  let font = cache.get(file);
  if (!font) {
    font = readFont(file);
    cache.set(file, font);
  }
  return font;
}

function readFont(file: string): FontAdvances {
  const opened = openSync(file);
  if (!('unitsPerEm' in opened)) throw new Error(`${file}: a font collection, not a font`);
  const font = opened;
  const hmtx: unknown = Reflect.get(font, 'hmtx');
  if (!isHmtx(hmtx)) throw new Error(`${file}: no hmtx table`);
  const codePoints = new Set(font.characterSet);
  const last = hmtx.metrics.get(hmtx.metrics.length - 1)?.advance ?? 0;
  return {
    codePoints,
    font,
    advance(codePoint) {
      if (!codePoints.has(codePoint)) return undefined;
      const id = font.glyphForCodePoint(codePoint).id;
      // Glyphs past the last long metric share its advance (the OpenType hmtx rule).
      const units = hmtx.metrics.get(id)?.advance ?? last;
      return (units * 1000) / font.unitsPerEm;
    },
  };
}
