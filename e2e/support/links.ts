/**
 * Reads the links and ids out of a built HTML file without a browser: start tags with their
 * attributes (quoted or not, as the export's minified HTML writes them). Inline scripts and styles
 * are emptied first, so the page's data payload is not read as markup.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PageRefs {
  /** Every `href` and `src` of a, area, link, iframe, img, script, source and use elements, as written. */
  links: string[];
  /** Every `id`, and `name` of anchors. */
  ids: Set<string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e: string) => ENTITIES[e] ?? '');

export function pageRefs(html: string): PageRefs {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.replace(/>[\s\S]*<\/script>$/i, '></script>'))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
  const links: string[] = [];
  const ids = new Set<string>();
  for (const [, name = '', attrs = ''] of markup.matchAll(/<([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const tag = name.toLowerCase();
    for (const [, attr = '', dq, sq, bare] of attrs.matchAll(/\s([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const a = attr.toLowerCase();
      const value = dq ?? sq ?? bare ?? '';
      if (a === 'id' || (a === 'name' && tag === 'a')) ids.add(decode(value));
      if ((a === 'href' || a === 'xlink:href') && ['a', 'area', 'link', 'use'].includes(tag)) links.push(decode(value));
      if (a === 'src' && ['iframe', 'img', 'script', 'source'].includes(tag)) links.push(decode(value));
    }
  }
  return { links, ids };
}

/** The built file that serves `pathname` (as `serve` with cleanUrls and trailing slashes does), if any. */
export function fileForPath(outDir: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const base = join(outDir, path);
  if (!base.startsWith(outDir)) return undefined;
  const candidates = path.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Links that leave the site or are not addresses of a page or file. */
export const isExternal = (href: string) => /^(https?:)?\/\//i.test(href) || /^(mailto|tel|data|blob):/i.test(href);
