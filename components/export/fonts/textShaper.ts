/**
 * Text → SVG path data with the export fonts, shaped by fontkit: each run of characters one font
 * draws goes through `font.layout()` (GSUB substitutions, GPOS kerning and mark positioning), and
 * glyph outlines are cached per font and glyph, so a page of labels costs a few look-ups per glyph.
 *
 * Outlines are plain `M L Q C Z` commands (two decimals, relative after each contour's M), which
 * every SVG reader (browsers, Inkscape, Illustrator, PowerPoint) draws the same.
 */
import type { Font, Glyph } from 'fontkit';
import type { FontSet, FontWeight } from './exportFont';
import { outlineOf, pathData, type Outline } from './glyphOutline';
import { fallbackAdvance, SUBSTITUTES } from './unicodeWidths';

/** Width of a text at a size and weight: what the frame layout needs to wrap and align. */
export interface TextMeasure {
  width(text: string, size: number, weight: FontWeight): number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** One glyph placed along the line, in its font's units from the start of the text. */
interface PlacedGlyph {
  font: Font;
  id: number;
  x: number;
  y: number;
}

/** A text shaped at one weight: its glyphs and widths in font units (per font: scale each by its em). */
interface Shaped {
  glyphs: PlacedGlyph[];
  /** The text's width in em (advances ÷ each font's units per em). */
  widthEm: number;
  /** True when some visible character has no glyph in any of the fonts. */
  missing: boolean;
}

/** Shaped texts kept per weight; cleared when it grows past this (an export draws a few hundred). */
const SHAPED_CACHE_LIMIT = 4000;

export class TextShaper implements TextMeasure {
  private readonly shaped = new Map<FontWeight, Map<string, Shaped>>();
  private readonly outlines = new Map<Font, Map<number, Outline>>();
  private readonly fallbacks: FontSet[] = [];

  /** `fonts` first; `fallbacks` (Inter's other subsets, Noto Sans SC) for the characters it lacks. */
  constructor(
    private readonly fonts: FontSet,
    fallbacks: readonly FontSet[] = [],
  ) {
    for (const set of fallbacks) this.addFallback(set);
  }

  /** Adds fonts for the characters the fonts so far lack (texts shaped before are shaped again). */
  addFallback(set: FontSet): void {
    if (this.fallbacks.includes(set)) return;
    this.fallbacks.push(set);
    this.shaped.clear();
  }

  /** How many font sets it draws with: changes when one is added (a capture made before is redrawn). */
  get fontCount(): number {
    return 1 + this.fallbacks.length;
  }

  /** Ascent and descent as fractions of the font size (hhea; Inter: 0.97 and 0.24). */
  get ascent(): number {
    const f = this.fonts[400];
    return f.ascent / f.unitsPerEm;
  }

  get descent(): number {
    const f = this.fonts[400];
    return -f.descent / f.unitsPerEm;
  }

  /** The first font (primary, then fallbacks in order) with a glyph for the character. */
  private fontFor(char: string, weight: FontWeight): Font | undefined {
    const cp = char.codePointAt(0) ?? 0;
    if (this.fonts[weight].hasGlyphForCodePoint(cp)) return this.fonts[weight];
    for (const set of this.fallbacks) if (set[weight].hasGlyphForCodePoint(cp)) return set[weight];
    return undefined;
  }

  /**
   * The text shaped at a weight, cached. A text with spaces is shaped word by word, each word with
   * the space after it (Inter kerns ". " and ", " at 600 and 700, and nothing across the start of a
   * word): the frame layout measures every line it tries while wrapping, and its words repeat.
   */
  private shape(text: string, weight: FontWeight): Shaped {
    let cache = this.shaped.get(weight);
    if (!cache) {
      cache = new Map();
      this.shaped.set(weight, cache);
    }
    const hit = cache.get(text);
    if (hit) return hit;
    if (cache.size >= SHAPED_CACHE_LIMIT) cache.clear();
    const words = text.split(/(?<= )(?=[^ ])/);
    let shaped: Shaped;
    if (words.length === 1) shaped = this.shapeWord(text, weight);
    else {
      shaped = { glyphs: [], widthEm: 0, missing: false };
      for (const word of words) {
        const part = this.shape(word, weight);
        const offset = shaped.widthEm;
        for (const g of part.glyphs) shaped.glyphs.push({ ...g, x: g.x + offset * g.font.unitsPerEm });
        shaped.widthEm += part.widthEm;
        shaped.missing ||= part.missing;
      }
    }
    cache.set(text, shaped);
    return shaped;
  }

  /** One word (or a text without spaces): runs of characters one font draws, each laid out by fontkit. */
  private shapeWord(text: string, weight: FontWeight): Shaped {
    const primary = this.fonts[weight];
    const glyphs: PlacedGlyph[] = [];
    let widthEm = 0;
    let missing = false;
    // Runs of characters one font draws are laid out together (kerning applies within a font).
    let run = '';
    let runFont: Font | undefined;
    const flush = () => {
      if (!runFont || run === '') return;
      const font = runFont;
      if (run.length <= 2 && [...run].length === 1) {
        // One character: no pair to kern, no context to substitute in. Its cmap glyph is the glyph
        // and advance layout gives (checked for every character of lib/text's metrics table, which
        // is built from single characters) at a fraction of the cost.
        const glyph = font.glyphForCodePoint(run.codePointAt(0) ?? 0);
        glyphs.push({ font, id: glyph.id, x: widthEm * font.unitsPerEm, y: 0 });
        widthEm += glyph.advanceWidth / font.unitsPerEm;
        run = '';
        return;
      }
      // A run without letters (digits, punctuation) is shaped as Latin, as browsers (HarfBuzz) do:
      // fontkit would take the font's default script, where Inter kerns figures differently.
      const layout = font.layout(run, undefined, /\p{L}/u.test(run) ? undefined : 'latn');
      let pen = widthEm * font.unitsPerEm;
      layout.glyphs.forEach((glyph: Glyph, i) => {
        const p = layout.positions[i];
        if (!p) return;
        glyphs.push({ font, id: glyph.id, x: pen + p.xOffset, y: p.yOffset });
        pen += p.xAdvance;
      });
      widthEm = pen / font.unitsPerEm;
      run = '';
    };
    for (const char of text) {
      const wanted = SUBSTITUTES[char] ?? char;
      const font = this.fontFor(wanted, weight);
      if (font !== runFont) flush();
      if (font) {
        runFont = font;
        run += wanted;
        continue;
      }
      // No font has it: a space gets its Unicode width, anything else the width a fallback font
      // would give it (CJK a full em), without an outline.
      runFont = undefined;
      const space = /\s/u.test(char);
      if (!space) missing = true;
      widthEm += fallbackAdvance(char, primary.glyphForCodePoint(0x20).advanceWidth / primary.unitsPerEm);
    }
    flush();
    return { glyphs, widthEm, missing };
  }

  /** True when every visible character has a glyph in the fonts (Inter Latin alone: no Cyrillic or CJK). */
  covers(text: string, weight: FontWeight): boolean {
    return !this.shape(text, weight).missing;
  }

  width(text: string, size: number, weight: FontWeight): number {
    return this.shape(text, weight).widthEm * size;
  }

  private outline(font: Font, id: number): Outline {
    let byId = this.outlines.get(font);
    if (!byId) {
      byId = new Map();
      this.outlines.set(font, byId);
    }
    let outline = byId.get(id);
    if (!outline) {
      outline = outlineOf(font.getGlyph(id));
      byId.set(id, outline);
    }
    return outline;
  }

  /** The text as one path, its baseline at y, anchored at x like SVG's text-anchor. */
  path(text: string, x: number, y: number, size: number, weight: FontWeight, anchor: TextAnchor = 'start'): string {
    const shaped = this.shape(text, weight);
    const total = shaped.widthEm * size;
    const left = anchor === 'start' ? x : anchor === 'middle' ? x - total / 2 : x - total;
    let d = '';
    for (const g of shaped.glyphs) {
      const scale = size / g.font.unitsPerEm;
      d += pathData(this.outline(g.font, g.id), left + g.x * scale, y - g.y * scale, scale);
    }
    return d;
  }

  /** The glyphs a text is drawn with (ids per font): for tests and diagnostics. */
  glyphIds(text: string, weight: FontWeight): { font: Font; id: number }[] {
    return this.shape(text, weight).glyphs.map(({ font, id }) => ({ font, id }));
  }
}
