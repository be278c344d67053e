/**
 * A glyph's outline as compact SVG path data. Pure: fontkit's path commands in, a string out.
 */
import type { Glyph } from 'fontkit';

/** An outline in font units, y up: [op, ...coords] per command (M, L, Q, C, Z). */
export type Outline = readonly (readonly [string, ...number[]])[];

const OPS: Readonly<Record<string, string>> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };

/** The glyph's contours, without the zero-length lines TrueType contours often restate. */
export function outlineOf(glyph: Glyph): Outline {
  const out: (readonly [string, ...number[]])[] = [];
  let penX = Number.NaN;
  let penY = Number.NaN;
  for (const { command, args } of glyph.path.commands) {
    const op = OPS[command];
    if (!op) continue;
    if (op === 'Z') {
      out.push(['Z']);
      continue;
    }
    const x = args[args.length - 2] ?? 0;
    const y = args[args.length - 1] ?? 0;
    if (op === 'L' && x === penX && y === penY) continue;
    penX = x;
    penY = y;
    out.push([op, ...args]);
  }
  return out;
}

/** A value in hundredths as short path text: 150 → "1.5", -5 → "-.05", 0 → "0". */
function compact(hundredths: number): string {
  if (hundredths === 0) return '0';
  const text = String(hundredths / 100);
  return text.replace(/^(-?)0\./, '$1.');
}

/**
 * Path data of one outline with its origin at (x, y) and the given scale (px per font unit):
 * each contour starts with an absolute M, the rest is relative and compact (two decimals, no
 * leading zeros, no separator before a minus), about a third smaller than absolute.
 */
export function pathData(outline: Outline, x: number, y: number, scale: number): string {
  let d = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (const c of outline) {
    const op = c[0];
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
      const ax = Math.round((x + (c[i] as number) * scale) * 100);
      const ay = Math.round((y - (c[i + 1] as number) * scale) * 100);
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
