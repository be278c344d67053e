/**
 * Legend swatches as SVG markup: the same shapes as the frame's on-screen `LegendSwatch`
 * (components/frame/LegendSwatch.tsx), drawn at any size with a resolved colour.
 */
import type { LegendShape } from '@/components/frame/frameSpec';
import { SWATCH_GRID, SWATCH_TEXTURE, TEXTURE_INK } from '@/components/frame/statusTexture';
import { symbolPath } from '@/components/frame/symbols';

const LINE_SHAPES: ReadonlySet<LegendShape> = new Set(['line', 'dashedLine']);

/** Width a swatch takes: line keys are wider than tall so the dash pattern reads. */
export function swatchWidth(shape: LegendShape, size: number): number {
  return LINE_SHAPES.has(shape) ? size * 1.6 : size;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * One swatch with its top-left corner at (x, y), `size` tall, in `color` (a resolved CSS colour,
 * never a var()). `hatchId` names a pattern for the hatched shape (see `hatchPattern`).
 */
export function swatchSvg(shape: LegendShape, x: number, y: number, size: number, color: string, hatchId: string): string {
  const s = size;
  const u = s / 14; // the on-screen swatch is drawn on a 14-unit grid
  const cx = x + s / 2;
  const cy = y + s / 2;
  switch (shape) {
    case 'square':
      return `<rect x="${n(x + u)}" y="${n(y + u)}" width="${n(s - 2 * u)}" height="${n(s - 2 * u)}" rx="${n(2 * u)}" fill="${color}"/>`;
    case 'circle':
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(s / 2 - 1.5 * u)}" fill="${color}"/>`;
    case 'ring':
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(s / 2 - 2.5 * u)}" fill="none" stroke="${color}" stroke-width="${n(2 * u)}"/>`;
    case 'diamond':
      return `<path d="M${n(cx)} ${n(y + u)}L${n(x + s - u)} ${n(cy)}L${n(cx)} ${n(y + s - u)}L${n(x + u)} ${n(cy)}Z" fill="${color}"/>`;
    case 'triangle':
      return `<path d="M${n(cx)} ${n(y + 1.5 * u)}L${n(x + s - u)} ${n(y + s - 2 * u)}L${n(x + u)} ${n(y + s - 2 * u)}Z" fill="${color}"/>`;
    case 'hatched':
      return (
        `<rect x="${n(x + u)}" y="${n(y + u)}" width="${n(s - 2 * u)}" height="${n(s - 2 * u)}" rx="${n(2 * u)}" ` +
        `fill="url(#${hatchId})" stroke="${color}" stroke-width="${n(1.5 * u)}"/>`
      );
    case 'flag':
      return (
        `<path d="M${n(x + 3 * u)} ${n(y + u)}V${n(y + s - u)}" fill="none" stroke="${color}" stroke-width="${n(1.6 * u)}"/>` +
        `<path d="M${n(x + 3.5 * u)} ${n(y + 1.5 * u)}H${n(x + 12 * u)}L${n(x + 9.5 * u)} ${n(y + 4.5 * u)}L${n(x + 12 * u)} ${n(y + 7.5 * u)}H${n(x + 3.5 * u)}Z" fill="${color}"/>`
      );
    case 'hatchTexture':
    case 'dotTexture':
    case 'crossTexture':
      return textureSwatch(shape, x, y, s, color);
    case 'star':
      return `<path transform="translate(${n(cx)} ${n(cy)})" d="${symbolPath('star', s / 2 - 1.5 * u)}" fill="${color}"/>`;
    case 'line':
    case 'dashedLine': {
      const w = swatchWidth(shape, s);
      const dash = shape === 'dashedLine' ? ` stroke-dasharray="${n(3 * u)} ${n(2 * u)}"` : '';
      return `<path d="M${n(x + u)} ${n(cy)}H${n(x + w - u)}" fill="none" stroke="${color}" stroke-width="${n((shape === 'line' ? 3 : 2.5) * u)}"${dash}/>`;
    }
  }
}

/** A status swatch as the map's legend draws it: its colour, its texture from statusTexture.ts,
 * clipped to the square (a nested <svg> clips), and a thin border. */
function textureSwatch(shape: 'hatchTexture' | 'dotTexture' | 'crossTexture', x: number, y: number, s: number, color: string): string {
  const g = SWATCH_GRID;
  let marks: string;
  if (shape === 'dotTexture') {
    marks = SWATCH_TEXTURE.dots.centres.map(([cx, cy]) => `<circle cx="${cx}" cy="${cy}" r="${SWATCH_TEXTURE.dots.r}" fill="${TEXTURE_INK.dot}"/>`).join('');
  } else {
    const t = shape === 'hatchTexture' ? SWATCH_TEXTURE.hatch : SWATCH_TEXTURE.cross;
    marks = `<path d="${t.path}" fill="none" stroke="${TEXTURE_INK.line}" stroke-width="${t.width}"/>`;
  }
  return (
    `<svg x="${n(x)}" y="${n(y)}" width="${n(s)}" height="${n(s)}" viewBox="0 0 ${g} ${g}" overflow="hidden">` +
    `<rect width="${g}" height="${g}" fill="${color}"/>${marks}` +
    `<rect x="0.5" y="0.5" width="${g - 1}" height="${g - 1}" fill="none" stroke="${TEXTURE_INK.line}"/></svg>`
  );
}

/** A diagonal hatch in `color` for hatched swatches (the same look as the charts' HatchPattern). */
export function hatchPattern(id: string, color: string, size: number): string {
  const w = Math.max(4, size * 0.43);
  return (
    `<pattern id="${id}" width="${n(w)}" height="${n(w)}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${n(w)}" height="${n(w)}" fill="${color}" fill-opacity="0.28"/>` +
    `<line x1="0" y1="0" x2="0" y2="${n(w)}" stroke="${color}" stroke-width="${n(w / 2)}"/></pattern>`
  );
}
