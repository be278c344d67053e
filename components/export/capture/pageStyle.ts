/**
 * The page's look at export time: the frame's background and text colours and the legend token
 * colours, read from the target's computed style (so the export follows the current theme),
 * with the tokens' fallbacks from components/frame/tokens.ts when the CSS has none.
 */
import { COLOR_TOKENS, tokenFallback, type ColorToken, type Theme } from '@/components/frame/tokens';
import type { FramePalette } from '../frame/frameSvg';
import { parseColor, type SrgbColor } from './color';
import type { ColorResolver } from './inlineStyles';

let probe: CanvasRenderingContext2D | null | undefined;
const resolved = new Map<string, SrgbColor | 'none'>();

/**
 * Any CSS colour as sRGB: parsed when it is rgb()/hex, else painted on a 1×1 canvas and read
 * back (oklch(), color(), named colours). Cached per string.
 */
export const resolveColor: ColorResolver = (value) => {
  const parsed = parseColor(value);
  if (parsed !== undefined) return parsed;
  const hit = resolved.get(value);
  if (hit !== undefined) return hit;
  if (probe === undefined) probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  let result: SrgbColor | 'none' = { hex: '#000000', alpha: 1 };
  if (probe) {
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = '#000000';
    probe.fillStyle = value;
    probe.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 255] = probe.getImageData(0, 0, 1, 1).data;
    const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    result = a === 0 ? 'none' : { hex, alpha: a / 255 };
  }
  resolved.set(value, result);
  return result;
};

/** The theme the page shows (for token fallbacks): dark when the page says so or the device does. */
function pageTheme(): Theme {
  const attr = document.documentElement.getAttribute('data-theme');
  if (attr === 'dark') return 'dark';
  if (attr === 'light' || attr === 'projector') return 'light';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function hexOf(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const c = resolveColor(value);
  return c === 'none' ? undefined : c.hex;
}

/** The first opaque background from the element up: what the frame sits on. */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const c = resolveColor(getComputedStyle(node).backgroundColor);
    if (c !== 'none' && c.alpha > 0.5) return c.hex;
  }
  return '#ffffff';
}

export interface PageStyle {
  palette: FramePalette;
  color: (token: ColorToken) => string;
}

export function pageStyle(target: Element): PageStyle {
  const style = getComputedStyle(target);
  const theme = pageTheme();
  const custom = (name: string) => hexOf(style.getPropertyValue(name));
  const text = hexOf(style.color) ?? (theme === 'dark' ? '#e8edf2' : '#1a1f26');
  const colors = new Map<ColorToken, string>();
  return {
    palette: {
      background: backgroundOf(target),
      text,
      muted: custom('--color-text-muted') ?? tokenFallback('--color-text-muted', theme),
      rule: custom('--color-border') ?? (theme === 'dark' ? '#334050' : '#c9d0d9'),
    },
    color: (token) => {
      let c = colors.get(token);
      if (c === undefined) {
        c = custom(token) ?? (token in COLOR_TOKENS ? tokenFallback(token, theme) : text);
        colors.set(token, c);
      }
      return c;
    },
  };
}
