/**
 * Text → SVG path data with the export fonts: advance widths, GPOS kerning, and glyph outlines
 * cached per glyph, so a page of labels costs a few map look-ups per character.
 *
 * Outlines are plain `M L Q C Z` commands with absolute coordinates (two decimals), which every
 * SVG reader (browsers, Inkscape, Illustrator, PowerPoint) draws the same.
 */
import type { Glyph } from 'opentype.js';
import type { ExportFont, FontSet, FontWeight } from './exportFont';

/** Width of a text at a size and weight: what the frame layout needs to wrap and align. */
export interface TextMeasure {
  width(text: string, size: number, weight: FontWeight): number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

interface CachedGlyph {
  index: number;
  /** True when the font has no glyph for a visible character. */
  missing: boolean;
  advance: number;
  /** Outline in font units, y up: [op, ...coords] per command. */
  commands: (string | number)[][];
}

/** Characters drawn with a look-alike the Latin subset has (a non-breaking hyphen is a hyphen). */
const SUBSTITUTES: Readonly<Record<string, string>> = { '\u2010': '-', '\u2011': '-' };

/** Widths of Unicode spaces in em (U+2000–U+200A, U+202F, U+205F, U+3000); others as a space. */
const SPACE_EM: Readonly<Record<string, number>> = {
  '\u2000': 0.5,
  '\u2001': 1,
  '\u2002': 0.5,
  '\u2003': 1,
  '\u2004': 1 / 3,
  '\u2005': 1 / 4,
  '\u2006': 1 / 6,
  '\u2007': 0.6,
  '\u2008': 0.25,
  '\u2009': 0.2,
  '\u200a': 0.1,
  '\u202f': 0.2,
  '\u205f': 4 / 18,
  '\u3000': 1,
};

function spaceWidth(char: string, unitsPerEm: number, space: number): number {
  const em = SPACE_EM[char];
  return em === undefined ? space : em * unitsPerEm;
}

/** A value in hundredths as short path text: 150 → "1.5", -5 → "-.05", 0 → "0". */
function compact(hundredths: number): string {
  if (hundredths === 0) return '0';
  const text = String(hundredths / 100);
  return text.replace(/^(-?)0\./, '$1.');
}

export class TextShaper implements TextMeasure {
  private readonly glyphs = new Map<FontWeight, Map<string, CachedGlyph>>();

  constructor(private readonly fonts: FontSet) {}

  /** Ascent and descent as fractions of the font size (hhea; Inter: 0.97 and 0.24). */
  get ascent(): number {
    const f = this.fonts[400].font;
    return f.ascender / f.unitsPerEm;
  }

  get descent(): number {
    const f = this.fonts[400].font;
    return -f.descender / f.unitsPerEm;
  }

  private glyph(char: string, weight: FontWeight): CachedGlyph {
    let byChar = this.glyphs.get(weight);
    if (!byChar) {
      byChar = new Map();
      this.glyphs.set(weight, byChar);
    }
    const hit = byChar.get(char);
    if (hit) return hit;
    const font = this.fonts[weight].font;
    const g: Glyph = font.charToGlyph(SUBSTITUTES[char] ?? char);
    if (g.index === 0 && /\s/.test(char)) {
      // A space the subset lacks (em space, narrow no-break space): its Unicode width, no outline.
      const space = { index: 0, missing: false, advance: spaceWidth(char, font.unitsPerEm, font.charToGlyph(' ').advanceWidth ?? 0), commands: [] };
      byChar.set(char, space);
      return space;
    }
    const commands: (string | number)[][] = [];
    let penX = Number.NaN;
    let penY = Number.NaN;
    for (const c of g.path.commands) {
      // TrueType contours often restate the point they are at: skip those empty lines.
      if (c.type === 'L' && c.x === penX && c.y === penY) continue;
      if (c.type !== 'Z') {
        penX = c.x;
        penY = c.y;
      }
      if (c.type === 'M' || c.type === 'L') commands.push([c.type, c.x, c.y]);
      else if (c.type === 'Q') commands.push([c.type, c.x1, c.y1, c.x, c.y]);
      else if (c.type === 'C') commands.push([c.type, c.x1, c.y1, c.x2, c.y2, c.x, c.y]);
      else commands.push(['Z']);
    }
    const cached = { index: g.index, missing: g.index === 0, advance: g.advanceWidth ?? 0, commands };
    byChar.set(char, cached);
    return cached;
  }

  private font(weight: FontWeight): ExportFont {
    return this.fonts[weight];
  }

  /** True when every visible character has a glyph in the font (Inter Latin: no Cyrillic or CJK). */
  covers(text: string, weight: FontWeight): boolean {
    for (const char of text) if (this.glyph(char, weight).missing) return false;
    return true;
  }

  width(text: string, size: number, weight: FontWeight): number {
    const { font, kerning } = this.font(weight);
    const scale = size / font.unitsPerEm;
    let units = 0;
    let previous: CachedGlyph | undefined;
    for (const char of text) {
      const g = this.glyph(char, weight);
      if (previous) units += kerning(previous.index, g.index);
      units += g.advance;
      previous = g;
    }
    return units * scale;
  }

  /**
   * Path data of one glyph with its origin at (x, y) and the given scale (px per font unit):
   * each contour starts with an absolute M, the rest is relative and compact (two decimals,
   * no leading zeros, no separator before a minus), about a third smaller than absolute.
   */
  private glyphPath(g: CachedGlyph, x: number, y: number, scale: number): string {
    let d = '';
    let cx = 0;
    let cy = 0;
    let sx = 0;
    let sy = 0;
    for (const c of g.commands) {
      const op = String(c[0]);
      if (op === 'Z') {
        d += 'z';
        cx = sx;
        cy = sy;
        continue;
      }
      const absolute = op === 'M';
      d += absolute ? 'M' : op.toLowerCase();
      let first = true;
      let ex = cx;
      let ey = cy;
      for (let i = 1; i < c.length; i += 2) {
        const ax = Math.round((x + Number(c[i]) * scale) * 100);
        const ay = Math.round((y - Number(c[i + 1]) * scale) * 100);
        for (const v of absolute ? [ax, ay] : [ax - cx, ay - cy]) {
          const text = compact(v);
          d += first || text.startsWith('-') ? text : ` ${text}`;
          first = false;
        }
        ex = ax;
        ey = ay;
      }
      // Relative control points and end point all count from where the command starts.
      cx = ex;
      cy = ey;
      if (absolute) {
        sx = ex;
        sy = ey;
      }
    }
    return d;
  }

  /** The text as one path, its baseline at y, anchored at x like SVG's text-anchor. */
  path(text: string, x: number, y: number, size: number, weight: FontWeight, anchor: TextAnchor = 'start'): string {
    const { font, kerning } = this.font(weight);
    const scale = size / font.unitsPerEm;
    const total = anchor === 'start' ? 0 : this.width(text, size, weight);
    let pen = anchor === 'start' ? x : anchor === 'middle' ? x - total / 2 : x - total;
    let d = '';
    let previous: CachedGlyph | undefined;
    for (const char of text) {
      const g = this.glyph(char, weight);
      if (previous) pen += kerning(previous.index, g.index) * scale;
      d += this.glyphPath(g, pen, y, scale);
      pen += g.advance * scale;
      previous = g;
    }
    return d;
  }
}
