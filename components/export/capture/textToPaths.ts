/**
 * Replaces a plot's <text> with glyph outlines placed where the browser drew them: each run of
 * characters (a tspan, a line) at the browser's position and baseline (anchors, dx/dy, dominant
 * baselines and transforms all included), so labels look the same in any program without our
 * fonts. The words stay in `aria-label`.
 *
 * Falls back to keeping the <text> (in an Inter-first font stack) when the browser's characters
 * cannot be matched one-to-one, or the Latin font lacks a glyph (Cyrillic, CJK).
 */
import { nearestWeight, type FontWeight } from '../fonts/exportFont';
import type { TextAnchor, TextShaper } from '../fonts/textShaper';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT_STACK = "Inter, 'Helvetica Neue', Helvetica, Arial, sans-serif";

/** Attributes that only mean something on text; the outline group drops them. */
const TEXT_ONLY = new Set([
  'x',
  'y',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'font-size',
  'font-weight',
  'font-style',
  'font-family',
  'letter-spacing',
  'word-spacing',
]);

interface SourceChar {
  char: string;
  /** The element whose text node holds it (the <text> or a <tspan>). */
  el: Element;
}

/**
 * The characters as SVG lays them out: XML whitespace (space, tab, line breaks; not no-break or
 * em spaces) collapsed and trimmed, as `white-space: normal` does.
 */
export function addressableChars(text: Element): SourceChar[] {
  const out: SourceChar[] = [];
  const walker = text.ownerDocument.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('title, desc')) continue;
    for (const char of node.nodeValue ?? '') {
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
        const last = out[out.length - 1];
        if (last && last.char !== ' ') out.push({ char: ' ', el: parent });
      } else {
        out.push({ char, el: parent });
      }
    }
  }
  if (out[out.length - 1]?.char === ' ') out.pop();
  return out;
}

/** Characters of one element on one line, in one place: drawn as one piece of text. */
interface Run {
  el: Element;
  weight: FontWeight;
  size: number;
  text: string;
  /** Left and right edge of the run as the browser laid it out, and its baseline. */
  left: number;
  right: number;
  baseline: number;
}

function anchorOf(value: string): TextAnchor {
  return value === 'middle' || value === 'end' ? value : 'start';
}

/**
 * Converts one <text>: `live` is on the page (laid out), `clone` its copy with inlined styles,
 * `cloneOf` maps live tspans to their copies. Returns false when the text was kept as text.
 */
export function textToPaths(
  live: SVGTextContentElement,
  clone: Element,
  cloneOf: ReadonlyMap<Element, Element>,
  shaper: TextShaper,
): boolean {
  const count = live.getNumberOfChars();
  const chars = addressableChars(live);
  if (count === 0 || chars.length === 0) {
    clone.remove();
    return true;
  }
  if (chars.length !== count) return keepAsText(live, clone);

  // Baseline = top of the character's cell + the font's ascent share of the cell.
  const ascentShare = shaper.ascent / (shaper.ascent + shaper.descent);
  const styleOf = new Map<Element, { weight: FontWeight; size: number }>();
  const runs: Run[] = [];
  for (let i = 0; i < count; i++) {
    const c = chars[i];
    if (!c) continue;
    let style = styleOf.get(c.el);
    if (!style) {
      const cs = getComputedStyle(c.el);
      style = { weight: nearestWeight(cs.fontWeight), size: parseFloat(cs.fontSize) };
      styleOf.set(c.el, style);
    }
    const extent = live.getExtentOfChar(i);
    const baseline = extent.y + extent.height * ascentShare;
    const run = runs[runs.length - 1];
    const continues =
      run !== undefined &&
      run.el === c.el &&
      run.weight === style.weight &&
      run.size === style.size &&
      Math.abs(run.baseline - baseline) < style.size * 0.05 &&
      Math.abs(extent.x - run.right) < style.size * 0.3;
    if (run && continues) {
      run.text += c.char;
      run.right = extent.x + extent.width;
    } else {
      runs.push({ el: c.el, ...style, text: c.char, left: extent.x, right: extent.x + extent.width, baseline });
    }
  }
  const drawn = runs.filter((r) => r.text.trim() !== '');
  if (drawn.some((r) => !shaper.covers(r.text, r.weight))) return keepAsText(live, clone);
  const anchor = anchorOf(getComputedStyle(live).textAnchor);

  const group = clone.ownerDocument.createElementNS(SVG_NS, 'g');
  for (const name of clone.getAttributeNames()) {
    if (!TEXT_ONLY.has(name)) group.setAttribute(name, clone.getAttribute(name) ?? '');
  }
  if (!group.hasAttribute('aria-label')) group.setAttribute('aria-label', chars.map((c) => c.char).join(''));
  // The size the words were set at (the smallest run's): no effect on the outlines, but a reader
  // of the file (or a test) can tell how large the words are.
  const setAt = Math.min(...drawn.map((r) => r.size));
  if (Number.isFinite(setAt)) group.setAttribute('font-size', String(Math.round(setAt * 100) / 100));
  for (const run of drawn) {
    const path = clone.ownerDocument.createElementNS(SVG_NS, 'path');
    // A tspan's own paint (a bold, coloured part) goes onto its outline; the nearest tspan wins.
    for (let el: Element | null = run.el; el && el !== live; el = el.parentElement) {
      const copy = cloneOf.get(el);
      if (!copy) continue;
      for (const name of copy.getAttributeNames()) {
        if (!TEXT_ONLY.has(name) && !path.hasAttribute(name)) path.setAttribute(name, copy.getAttribute(name) ?? '');
      }
    }
    // Each run keeps the browser's place for it (its start, end or middle, as the text is
    // anchored), set in the export font: right even where the page drew with another font.
    const width = shaper.width(run.text, run.size, run.weight);
    const x = anchor === 'start' ? run.left : anchor === 'end' ? run.right - width : (run.left + run.right - width) / 2;
    path.setAttribute('d', shaper.path(run.text, x, run.baseline, run.size, run.weight));
    group.appendChild(path);
  }
  // Keep the element's <title> (a tooltip in some viewers).
  for (const child of [...clone.children]) if (child.localName === 'title') group.insertBefore(child, group.firstChild);
  clone.replaceWith(group);
  return true;
}

/**
 * Keeps a <text> (Inter first, then the reader's fonts). A single run is held to the width the
 * browser drew it at (`textLength`), so a wider fallback font cannot push it past its place.
 */
export function keepAsText(live: SVGTextContentElement | undefined, clone: Element): false {
  clone.setAttribute('font-family', FONT_STACK);
  for (const tspan of clone.querySelectorAll('tspan')) tspan.removeAttribute('font-family');
  if (live && clone.querySelector('tspan') === null) {
    try {
      const length = live.getComputedTextLength();
      if (length > 0) {
        clone.setAttribute('textLength', String(Math.round(length * 100) / 100));
        clone.setAttribute('lengthAdjust', 'spacingAndGlyphs');
      }
    } catch {
      // Not laid out: left as it is.
    }
  }
  return false;
}
