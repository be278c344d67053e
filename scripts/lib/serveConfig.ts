/**
 * The server's configuration for a built site: the checked-in serve.json (clean URLs, and the
 * headers every file gets) plus one rule per HTML page with that page's Content-Security-Policy.
 *
 * Each page is allowed exactly its own inline scripts, styles and style attributes, and every
 * stylesheet that some page inlines: the dashboard navigates between pages without reloading, and
 * React then inserts the next page's CSS into the first page's document, under the first page's
 * policy, one `<style>` per stylesheet (the HTML has them merged into one, which no other page is
 * given). A stylesheet no page inlines (a lazily loaded component's) comes by a link, under 'self'.
 * Scripts of the next page are never run that way, so scripts stay per page.
 */
import type { HeaderRule, ServeConfig } from 'serve-handler';
import { buildPolicy, hashSources, inlineSources, type Framing } from './csp';

export interface BuiltPage {
  /** Path of the HTML file relative to the served folder, with `/` separators: `charts/index.html`. */
  path: string;
  html: string;
}

/** Chart embeds, in every language (`embed/…`, `ru/embed/…`, `zh/embed/…`), are shown in the
 * dashboard's and the deck's frames; no other page may be framed. */
export function framingFor(path: string): Framing {
  return /^(?:(?:ru|zh)\/)?embed\//.test(path) ? 'self' : 'none';
}

/** A path that is matched literally by serve-handler's globs (no glob or escape characters). */
const LITERAL_PATH = /^[\w.-]+(?:\/[\w.-]+)*$/;

/** A CSS file of the build: its address on the site (`/_next/static/chunks/….css`) and its text. */
export interface BuiltStylesheet {
  href: string;
  text: string;
}

/**
 * One header rule per page, setting its Content-Security-Policy. `stylesheets` are the CSS files of
 * the build (Next inlines them: `experimental.inlineCss`).
 */
export function pagePolicyRules(pages: readonly BuiltPage[], stylesheets: readonly BuiltStylesheet[] = []): HeaderRule[] {
  const sources = pages.map((page) => ({ page, inline: inlineSources(page.html) }));
  const inlined = new Set(sources.flatMap((s) => s.inline.styleHrefs));
  // Hashed once: every page's policy lists them.
  const navigationStyles = hashSources(stylesheets.filter((s) => inlined.has(s.href)).map((s) => s.text));
  return sources.map(({ page, inline }) => {
    if (!LITERAL_PATH.test(page.path)) throw new Error(`${page.path}: a page path the header rules cannot match literally`);
    const value = buildPolicy({
      scriptHashes: hashSources(inline.scripts),
      styleHashes: [...hashSources(inline.styles), ...navigationStyles],
      styleAttributeHashes: hashSources(inline.styleAttributes),
      framing: framingFor(page.path),
    });
    return { source: page.path, headers: [{ key: 'Content-Security-Policy', value }] };
  });
}

/** `base` with the pages' policy rules after its own, so they override its default policy. */
export function serveConfig(base: ServeConfig, pages: readonly BuiltPage[], stylesheets: readonly BuiltStylesheet[] = []): ServeConfig {
  return { ...base, headers: [...(base.headers ?? []), ...pagePolicyRules(pages, stylesheets)] };
}
