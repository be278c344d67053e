/**
 * Static HTML for a tree of plain elements, on the server: what `Table` sends instead of a
 * React tree, so a large table arrives as markup the browser shows and React never hydrates.
 *
 * Handles host elements (HTML and the SVG icons the cells use), text, arrays, fragments and
 * hook-free function components. Anything that needs the client (event handlers, client
 * components, refs, context) has no place in static markup and throws, naming what it found.
 * Text and attribute values are escaped as React escapes them.
 */
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

/** Elements with no closing tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** React prop names whose HTML attribute is spelled differently. */
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  dateTime: 'datetime',
  tabIndex: 'tabindex',
  colSpan: 'colspan',
  rowSpan: 'rowspan',
  hrefLang: 'hreflang',
  // SVG attributes that keep their camelCase.
  viewBox: 'viewBox',
  preserveAspectRatio: 'preserveAspectRatio',
};

/** Props that are React's, not attributes. */
const NOT_ATTRIBUTES = new Set(['children', 'key', 'dangerouslySetInnerHTML', 'suppressHydrationWarning']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Text or an attribute value, escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The HTML name of a prop: className → class, strokeWidth → stroke-width, aria-* and data-* as they are. */
function attributeName(prop: string): string {
  const named = ATTRIBUTE_NAMES[prop];
  if (named !== undefined) return named;
  if (prop.startsWith('aria-') || prop.startsWith('data-')) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** A value quoted and escaped, or bare when it is a plain word (class names, ids, `col`): valid
 * HTML, and a table's markup is mostly such words, sent once as HTML and once in the page data. */
function attributeValue(value: string): string {
  return /^[A-Za-z0-9_-]+$/.test(value) ? value : `"${escapeHtml(value)}"`;
}

function attributes(type: string, props: Record<string, unknown>): string {
  let out = '';
  for (const [prop, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(prop) || value === undefined || value === null) continue;
    if (/^on[A-Z]/.test(prop) || prop === 'ref' || typeof value === 'function') {
      throw new Error(`staticMarkup: <${type} ${prop}> needs the client; static markup has no handlers or refs`);
    }
    if (prop === 'style') throw new Error(`staticMarkup: <${type} style> is not supported; use a class`);
    const name = attributeName(prop);
    const ariaOrData = name.startsWith('aria-') || name.startsWith('data-');
    if (typeof value === 'boolean') {
      if (ariaOrData) out += ` ${name}=${value}`;
      else if (value) out += ` ${name}`;
      continue;
    }
    out += ` ${name}=${attributeValue(String(value))}`;
  }
  return out;
}

function elementMarkup(element: ReactElement<Record<string, unknown>>): string {
  const { type, props } = element;
  if (type === Fragment) return staticMarkup(props.children as ReactNode);
  if (typeof type === 'function') {
    // A hook-free component: call it for its elements. (Client components reach the server as
    // references, not functions, and fall through to the error below.)
    return staticMarkup((type as (p: typeof props) => ReactNode)(props));
  }
  if (typeof type !== 'string') {
    throw new Error('staticMarkup: only plain elements and hook-free components can be static markup');
  }
  const open = `<${type}${attributes(type, props)}>`;
  if (VOID_ELEMENTS.has(type)) return open;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `${open}${inner?.__html ?? staticMarkup(props.children as ReactNode)}</${type}>`;
}

/** The HTML of `node`. */
export function staticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map((child: ReactNode) => staticMarkup(child)).join('');
  if (isValidElement<Record<string, unknown>>(node)) return elementMarkup(node);
  throw new Error('staticMarkup: promises, portals and iterables other than arrays cannot be static markup');
}
