/**
 * Test helper: the width fontkit lays a text out at (with kerning and the fonts' default
 * features), each run of characters in the first font that has them: Inter's subsets, then Noto
 * Sans SC's chunks, as the browser's unicode-range fallback picks them. What measureText is held
 * to. Node only.
 */
import { interFiles, notoScFiles, TABLE_WEIGHTS } from './buildTextMetrics';
import { openFont, type FontAdvances } from './fontAdvances';

type Weight = (typeof TABLE_WEIGHTS)[number];

function fontsAt(weight: Weight): FontAdvances[] {
  return [...interFiles(weight), ...notoScFiles(weight)].map(openFont);
}

/** Width in px of `text` at `size` px as fontkit lays it out; throws on a character no font has. */
export function layoutWidth(text: string, size: number, weight: Weight): number {
  const fonts = fontsAt(weight);
  let width = 0;
  let run = '';
  let runFont: FontAdvances | undefined;
  const flush = () => {
    if (runFont && run !== '') width += (runFont.font.layout(run).advanceWidth * size) / runFont.font.unitsPerEm;
    run = '';
  };
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    const font = runFont?.codePoints.has(cp) ? runFont : fonts.find((f) => f.codePoints.has(cp));
    if (!font) throw new Error(`No font has U+${cp.toString(16)} (${char})`);
    if (font !== runFont) {
      flush();
      runFont = font;
    }
    run += char;
  }
  flush();
  return width;
}
