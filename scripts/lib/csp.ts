/**
 * The Content-Security-Policy of the built site, from its HTML: every inline `<script>` and
 * `<style>` and every `style="…"` attribute of a page is allowed by its SHA-256 hash, and nothing
 * else inline runs. No 'unsafe-inline' anywhere.
 *
 * Pure functions over HTML text; scripts/postbuild.ts applies them to out/ and
 * scripts/lib/serveConfig.ts writes the result into the server's headers.
 */
import { createHash } from 'node:crypto';

export interface InlineSources {
  /** The text of each inline `<script>` (no `src`) that the browser runs as script. */
  scripts: string[];
  /** The text of each inline `<style>` element. */
  styles: string[];
  /** The stylesheets those elements hold, by address: Next's inlined CSS names its files in
   * `data-href` (`experimental.inlineCss`). */
  styleHrefs: string[];
  /** The value of each `style` attribute, as the browser reads it (entities decoded). */
  styleAttributes: string[];
}

/** Script types the browser executes; any other `type` (JSON, templates) is data and needs no hash. */
const EXECUTED_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** The value of `name` in a start tag's attribute text, or undefined. */
function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  if (!m) return new RegExp(`(?:^|\\s)${name}(?:\\s|$)`, 'i').test(attrs) ? '' : undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

/** Decodes the character references a serialiser writes in attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|#39);/gi, (_m, ref: string) => {
    const r = ref.toLowerCase();
    if (r === 'amp') return '&';
    if (r === 'lt') return '<';
    if (r === 'gt') return '>';
    if (r === 'quot') return '"';
    if (r === 'apos') return "'";
    if (r.startsWith('#x')) return String.fromCodePoint(parseInt(r.slice(2), 16));
    return String.fromCodePoint(parseInt(r.slice(1), 10));
  });
}

/**
 * Every inline script, style and style attribute of one HTML document, in document order. Script
 * and style contents are raw text in HTML (no entity decoding); the hash is over those exact
 * characters, as the browser computes it.
 */
export function inlineSources(html: string): InlineSources {
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleHrefs: string[] = [];
  const styleAttributes: string[] = [];
  // Raw-text elements first, so a `style="` inside a script's text is not taken for an attribute.
  const rest = html.replace(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi, (_all, tag: string, attrs: string, body: string) => {
    if (tag.toLowerCase() === 'style') {
      styles.push(body);
      styleHrefs.push(...(attribute(attrs, 'data-href') ?? '').split(/\s+/).filter(Boolean));
    } else {
      const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
      if (attribute(attrs, 'src') === undefined && EXECUTED_TYPES.has(type)) scripts.push(body);
    }
    return `<${tag}${attrs}></${tag}>`;
  });
  for (const tag of rest.matchAll(/<[a-zA-Z][\w:-]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    const value = attribute(tag[1] ?? '', 'style');
    if (value !== undefined) styleAttributes.push(decodeEntities(value));
  }
  return { scripts, styles, styleHrefs, styleAttributes };
}

/**
 * Inline code no hash can allow under this policy: event-handler attributes (`onclick="…"`) and
 * `javascript:` URLs. The build stops on any (scripts/postbuild.ts).
 */
export function unhashableCode(html: string): string[] {
  const rest = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
  const found: string[] = [];
  for (const tag of rest.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const attr of tag[0].matchAll(/\s(on[a-z]+)\s*=|\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi)) {
      found.push(attr[1] ?? 'javascript: URL');
    }
  }
  return found;
}

/** The CSP source expression for `text`: 'sha256-<base64>' of its UTF-8 bytes. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hash sources of `texts`, each once, sorted (so the header is stable from build to build). */
export function hashSources(texts: Iterable<string>): string[] {
  return [...new Set([...texts].map(hashSource))].sort();
}

/** Who may frame the page: nobody, or the site itself (the chart embeds the dashboard and deck show). */
export type Framing = 'none' | 'self';

export interface PolicyInput {
  scriptHashes: readonly string[];
  styleHashes: readonly string[];
  /** Hashes of style attributes: allowed with 'unsafe-hashes'. */
  styleAttributeHashes: readonly string[];
  framing: Framing;
}

/** The policy's directives, as one header value. */
export function buildPolicy({ scriptHashes, styleHashes, styleAttributeHashes, framing }: PolicyInput): string {
  const styleSrc = [...new Set([...styleHashes, ...styleAttributeHashes])].sort();
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    ["style-src 'self'", ...(styleAttributeHashes.length > 0 ? ["'unsafe-hashes'"] : []), ...styleSrc].join(' '),
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors '${framing}'`,
  ];
  return directives.join('; ');
}

/** The policy for a file that has no inline code (data, images, anything not HTML). */
export const NO_INLINE_POLICY = buildPolicy({ scriptHashes: [], styleHashes: [], styleAttributeHashes: [], framing: 'none' });
