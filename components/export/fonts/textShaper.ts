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
  /** The font the glyph comes from (kerning applies only between glyphs of one font). */
  font: ExportFont;
  index: number;
  /** True when no font has a glyph for a visible character. */
  missing: boolean;
  /** In the glyph's font units (for a missing character: its estimated width). */
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

/**
 * Characters set a full em wide (CJK, kana, Hangul, full-width forms): what a fallback font
 * draws them at, so a word no font here can outline is still measured about right.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

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
  private readonly fallbacks: FontSet[] = [];

  /** `fonts` first; `fallbacks` (more of Inter's subsets) for the characters it lacks. */
  constructor(
    private readonly fonts: FontSet,
    fallbacks: readonly FontSet[] = [],
  ) {
    for (const set of fallbacks) this.addFallback(set);
  }

  /** Adds a subset for the characters the fonts so far lack (glyphs found missing are looked up again). */
  addFallback(set: FontSet): void {
    if (this.fallbacks.includes(set)) return;
    this.fallbacks.push(set);
    for (const byChar of this.glyphs.values()) for (const [char, g] of byChar) if (g.missing) byChar.delete(char);
  }

  /** How many subsets it draws with: changes when one is added (a capture made before is redrawn). */
  get fontCount(): number {
    return 1 + this.fallbacks.length;
  }

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
    const primary = this.fonts[weight];
    const wanted = SUBSTITUTES[char] ?? char;
    let source = primary;
    let g: Glyph = primary.font.charToGlyph(wanted);
    for (const set of this.fallbacks) {
      if (g.index !== 0) break;
      const candidate = set[weight].font.charToGlyph(wanted);
      if (candidate.index !== 0) {
        source = set[weight];
        g = candidate;
      }
    }
    const font = source.font;
    if (g.index === 0) {
      // A space the subsets lack (em space, narrow no-break space): its Unicode width, no outline.
      // Any other character no subset has: no outline, measured as a fallback font would draw it.
      const space = /\s/.test(char);
      const advance = space ? spaceWidth(char, font.unitsPerEm, font.charToGlyph(' ').advanceWidth ?? 0) : font.unitsPerEm * (WIDE.test(char) ? 1 : 0.6);
      const blank: CachedGlyph = { font: source, index: 0, missing: !space, advance, commands: [] };
      byChar.set(char, blank);
      return blank;
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
    const cached = { font: source, index: g.index, missing: false, advance: g.advanceWidth ?? 0, commands };
    byChar.set(char, cached);
    return cached;
  }

  /** True when every visible character has a glyph in the font (Inter Latin: no Cyrillic or CJK). */
  covers(text: string, weight: FontWeight): boolean {
    for (const char of text) if (this.glyph(char, weight).missing) return false;
    return true;
  }

  /** Kerning between two glyphs in font units: only within one font. */
  private kern(previous: CachedGlyph | undefined, g: CachedGlyph): number {
    return previous && previous.font === g.font && !g.missing && !previous.missing ? g.font.kerning(previous.index, g.index) : 0;
  }

  width(text: string, size: number, weight: FontWeight): number {
    let width = 0;
    let previous: CachedGlyph | undefined;
    for (const char of text) {
      const g = this.glyph(char, weight);
      width += ((this.kern(previous, g) + g.advance) * size) / g.font.font.unitsPerEm;
      previous = g;
    }
    return width;
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
    const total = anchor === 'start' ? 0 : this.width(text, size, weight);
    let pen = anchor === 'start' ? x : anchor === 'middle' ? x - total / 2 : x - total;
    let d = '';
    let previous: CachedGlyph | undefined;
    for (const char of text) {
      const g = this.glyph(char, weight);
      const scale = size / g.font.font.unitsPerEm;
      pen += this.kern(previous, g) * scale;
      d += this.glyphPath(g, pen, y, scale);
      pen += g.advance * scale;
      previous = g;
    }
    return d;
  }
}
