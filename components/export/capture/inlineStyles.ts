/**
 * Copies the live plot's computed styles onto its clone as presentation attributes, so the file
 * draws the same without the page's stylesheets: colours from CSS custom properties resolved,
 * classes and inline styles dropped, `#rrggbb` colours with separate opacities, unitless lengths.
 * Only values that differ from what the element would inherit anyway are written.
 */
import type { SrgbColor } from './color';

type Kind = 'paint' | 'length' | 'dash' | 'number' | 'keyword' | 'url';

interface StyleProp {
  name: string;
  kind: Kind;
  inherited: boolean;
  initial: string;
}

const prop = (name: string, kind: Kind, inherited: boolean, initial: string): StyleProp => ({ name, kind, inherited, initial });

/** The properties that change how SVG draws (geometry stays in attributes). */
export const STYLE_PROPS: readonly StyleProp[] = [
  prop('fill', 'paint', true, '#000000'),
  prop('fill-opacity', 'number', true, '1'),
  prop('fill-rule', 'keyword', true, 'nonzero'),
  prop('stroke', 'paint', true, 'none'),
  prop('stroke-opacity', 'number', true, '1'),
  prop('stroke-width', 'length', true, '1'),
  prop('stroke-dasharray', 'dash', true, 'none'),
  prop('stroke-dashoffset', 'length', true, '0'),
  prop('stroke-linecap', 'keyword', true, 'butt'),
  prop('stroke-linejoin', 'keyword', true, 'miter'),
  prop('stroke-miterlimit', 'number', true, '4'),
  prop('paint-order', 'keyword', true, 'normal'),
  prop('visibility', 'keyword', true, 'visible'),
  prop('font-size', 'length', true, '16'),
  prop('font-weight', 'keyword', true, '400'),
  prop('font-style', 'keyword', true, 'normal'),
  prop('text-anchor', 'keyword', true, 'start'),
  prop('dominant-baseline', 'keyword', true, 'auto'),
  prop('letter-spacing', 'length', true, 'normal'),
  prop('shape-rendering', 'keyword', true, 'auto'),
  prop('marker-start', 'url', true, 'none'),
  prop('marker-mid', 'url', true, 'none'),
  prop('marker-end', 'url', true, 'none'),
  prop('clip-rule', 'keyword', true, 'nonzero'),
  prop('opacity', 'number', false, '1'),
  prop('clip-path', 'url', false, 'none'),
  prop('mask', 'url', false, 'none'),
  prop('filter', 'url', false, 'none'),
  prop('stop-color', 'paint', false, '#000000'),
  prop('stop-opacity', 'number', false, '1'),
  prop('vector-effect', 'keyword', false, 'none'),
  prop('mix-blend-mode', 'keyword', false, 'normal'),
];

/** Converts any CSS colour to sRGB (the browser paints what it cannot parse). */
export type ColorResolver = (value: string) => SrgbColor | 'none';

/** `url("http://host/page#id")` → `url(#id)`: references stay inside the file. */
export function localUrl(value: string): string {
  const m = /url\(\s*["']?[^"')#]*#([^"')]+)["']?\s*\)/.exec(value);
  return m?.[1] !== undefined ? `url(#${m[1]})` : value;
}

const unitless = (value: string) => value.replace(/(-?[\d.]+(?:e-?\d+)?)px/g, '$1');

function normalise(p: StyleProp, raw: string, resolve: ColorResolver): string {
  const value = raw.trim();
  if (value === '') return p.initial;
  switch (p.kind) {
    case 'paint': {
      if (value.startsWith('url(')) return localUrl(value).split(' ')[0] ?? value;
      if (value === 'none' || value.startsWith('context-')) return value;
      const c = resolve(value);
      return c === 'none' ? 'none' : c.alpha < 1 ? `${c.hex}/${c.alpha}` : c.hex;
    }
    case 'length':
      return unitless(value);
    case 'dash':
      return value === 'none' ? value : unitless(value).replace(/\s*,\s*/g, ' ');
    case 'url':
      return value === 'none' ? value : localUrl(value);
    case 'number': {
      const n = Number(value);
      return Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : value;
    }
    case 'keyword':
      return value;
  }
}

/**
 * Splits `#rrggbb/alpha` paint into the colour and a multiplied opacity, so a colour's alpha
 * survives in readers that ignore rgba().
 */
function splitAlpha(values: Map<string, string>, paint: 'fill' | 'stroke' | 'stop-color'): void {
  const v = values.get(paint);
  if (v === undefined || !v.includes('/')) return;
  const [hex, alpha] = v.split('/');
  const opacityName = paint === 'stop-color' ? 'stop-opacity' : `${paint}-opacity`;
  const opacity = Number(values.get(opacityName) ?? '1') * Number(alpha);
  values.set(paint, hex ?? v);
  values.set(opacityName, String(Math.round(opacity * 1000) / 1000));
}

/** The element's drawing properties as they will be written, after colour and unit clean-up. */
export function computedValues(style: CSSStyleDeclaration, resolve: ColorResolver): Map<string, string> {
  const values = new Map<string, string>();
  for (const p of STYLE_PROPS) values.set(p.name, normalise(p, style.getPropertyValue(p.name), resolve));
  splitAlpha(values, 'fill');
  splitAlpha(values, 'stroke');
  splitAlpha(values, 'stop-color');
  return values;
}

/**
 * Writes `values` onto `clone` where they differ from what it inherits (`parent`, the values
 * written on its parent) or, for properties that do not inherit, from the initial value.
 * Any stale presentation attribute of the same name is replaced or removed.
 */
export function writeValues(clone: Element, values: Map<string, string>, parent: Map<string, string> | undefined): void {
  for (const p of STYLE_PROPS) {
    const value = values.get(p.name) ?? p.initial;
    const reference = p.inherited ? (parent?.get(p.name) ?? p.initial) : p.initial;
    if (value !== reference) clone.setAttribute(p.name, value);
    else clone.removeAttribute(p.name);
  }
}

/** Attributes that mean nothing outside the page (styling hooks, focus, data for scripts). */
export function stripPageAttributes(el: Element): void {
  for (const name of el.getAttributeNames()) {
    if (name === 'class' || name === 'style' || name === 'tabindex' || name === 'focusable' || name.startsWith('data-') || name.startsWith('on')) {
      el.removeAttribute(name);
    }
  }
}
