/**
 * CSS colours as every SVG reader understands them: `#rrggbb` plus a separate opacity.
 * Computed styles give `rgb(…)`/`rgba(…)`; modern syntaxes (`oklch(…)`, `color(…)`) are converted
 * by the caller's fallback (the browser paints a pixel), since Illustrator and Inkscape read
 * neither.
 */

export interface SrgbColor {
  hex: string;
  /** 0–1. */
  alpha: number;
}

const hex2 = (v: number) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0');

function channel(token: string): number {
  return token.endsWith('%') ? (parseFloat(token) / 100) * 255 : parseFloat(token);
}

function alphaOf(token: string | undefined): number {
  if (token === undefined) return 1;
  const a = token.endsWith('%') ? parseFloat(token) / 100 : parseFloat(token);
  return Number.isFinite(a) ? Math.min(1, Math.max(0, a)) : 1;
}

/**
 * Parses `#rgb`, `#rrggbb(aa)`, `rgb()`/`rgba()` (comma or space syntax) and `transparent`.
 * `none` for paint that draws nothing; undefined for anything else (named colours, oklch…).
 */
export function parseColor(value: string): SrgbColor | 'none' | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return 'none';
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return undefined;
    const alpha = full.length === 8 ? parseInt(full.slice(6, 8), 16) / 255 : 1;
    return alpha === 0 ? 'none' : { hex: `#${full.slice(0, 6)}`, alpha };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(v)?.[1];
  if (fn === undefined) return undefined;
  const parts = fn.split(/[\s,/]+/).filter((p) => p !== '');
  const [r, g, b, a] = parts;
  if (r === undefined || g === undefined || b === undefined) return undefined;
  const rgb = [channel(r), channel(g), channel(b)];
  if (rgb.some((c) => !Number.isFinite(c))) return undefined;
  const alpha = alphaOf(a);
  if (alpha === 0) return 'none';
  return { hex: `#${rgb.map(hex2).join('')}`, alpha };
}

/** `#rrggbb` for a colour, or the fallback when it cannot be read. */
export function toHex(value: string, fallback: string): string {
  const c = parseColor(value);
  return c === undefined || c === 'none' ? fallback : c.hex;
}
