/**
 * Test support: the words a plot's markup draws (renderToStaticMarkup of a plot component), with
 * where they are and how large, so tests check what a reader sees rather than a layout's numbers.
 * Handles what the charts use: `<text>` with x, y, font-size and text-anchor (inherited from a
 * parent `<g>` too), `<tspan>` runs, the weight of the `.strong` and `.flagText` classes, and
 * `translate()` on the groups around them. Boxes use the layouts' measure (lib/text/measureText,
 * per run at its weight), an ascent of 0.8 em and a descent of 0.25 em.
 */
import { measureText } from '@/lib/text/measureText';
import styles from './chart.module.css';
import { STRONG } from './textWidth';

export interface DrawnText {
  text: string;
  size: number;
  box: { left: number; right: number; top: number; bottom: number };
}

const attr = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));

interface Frame {
  tag: string;
  dx: number;
  dy: number;
  size?: number;
  anchor?: string;
  weight: number;
}

/** The weight a class gives (chart.module.css), else the parent's. */
function weightOf(attrs: string, parent: number): number {
  const classes = (attr(attrs, 'class') ?? '').split(/\s+/);
  if (classes.some((c) => c !== '' && (c === styles.strong || c === styles.flagText))) return STRONG;
  const weight = Number(attr(attrs, 'font-weight'));
  return Number.isFinite(weight) && weight > 0 ? weight : parent;
}

/** The svg's viewBox width and height, and every word it draws. */
export function drawnText(markup: string): { width: number; height: number; texts: DrawnText[] } {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(markup);
  const width = Number(viewBox?.[1] ?? 0);
  const height = Number(viewBox?.[2] ?? 0);
  const stack: Frame[] = [{ tag: 'root', dx: 0, dy: 0, weight: 400 }];
  const texts: DrawnText[] = [];
  let current: { x: number; y: number; size: number; anchor: string; text: string; width: number } | undefined;
  const tokens = /<(\/?)([a-zA-Z]+)((?:\s+[^\s=>]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (let m = tokens.exec(markup); m; m = tokens.exec(markup)) {
    const [, closing, tag, attrs = '', selfClosing, content] = m;
    const top = stack[stack.length - 1] ?? { tag: 'root', dx: 0, dy: 0, weight: 400 };
    if (content !== undefined) {
      if (current) {
        const text = decode(content);
        current.text += text;
        current.width += measureText(text, current.size, top.weight);
      }
      continue;
    }
    if (closing) {
      stack.pop();
      if (tag === 'text' && current) {
        const text = current.text.trim();
        if (text !== '') {
          const w = Math.ceil(current.width);
          const left = current.anchor === 'middle' ? current.x - w / 2 : current.anchor === 'end' ? current.x - w : current.x;
          texts.push({ text, size: current.size, box: { left, right: left + w, top: current.y - current.size * 0.8, bottom: current.y + current.size * 0.25 } });
        }
        current = undefined;
      }
      continue;
    }
    const translate = /translate\(\s*([-\d.]+)[\s,]+([-\d.]+)\s*\)/.exec(attr(attrs, 'transform') ?? '');
    const size = attr(attrs, 'font-size');
    const anchor = attr(attrs, 'text-anchor');
    const frame: Frame = {
      tag: tag ?? '',
      dx: top.dx + Number(translate?.[1] ?? 0),
      dy: top.dy + Number(translate?.[2] ?? 0),
      weight: weightOf(attrs, top.weight),
      ...(size !== undefined ? { size: Number(size) } : top.size !== undefined ? { size: top.size } : {}),
      ...(anchor !== undefined ? { anchor } : top.anchor !== undefined ? { anchor: top.anchor } : {}),
    };
    if (tag === 'text') {
      current = { x: frame.dx + Number(attr(attrs, 'x') ?? 0), y: frame.dy + Number(attr(attrs, 'y') ?? 0), size: frame.size ?? 16, anchor: frame.anchor ?? 'start', text: '', width: 0 };
    }
    if (!selfClosing) stack.push(frame);
  }
  return { width, height, texts };
}

/** The words smaller than `min` px or reaching past the plot's edges (0.5 px of slack), as messages. */
export function unreadable(drawn: ReturnType<typeof drawnText>, min: number): string[] {
  const eps = 0.5;
  return drawn.texts.flatMap((t) => {
    const { left, right, top, bottom } = t.box;
    const problems = [
      ...(t.size < min ? [`${t.size} px`] : []),
      ...(left < -eps || right > drawn.width + eps ? [`x ${Math.round(left)}…${Math.round(right)} of ${drawn.width}`] : []),
      ...(top < -eps || bottom > drawn.height + eps ? [`y ${Math.round(top)}…${Math.round(bottom)} of ${drawn.height}`] : []),
    ];
    return problems.length > 0 ? [`"${t.text}": ${problems.join(', ')}`] : [];
  });
}
