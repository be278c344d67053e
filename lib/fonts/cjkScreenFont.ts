/**
 * The Chinese pages' screen font, for a reader with no Chinese font of their own: Noto Sans SC
 * (400) cut at build time (scripts/fonts/cjkSubset.ts) into two files by unicode-range, so the
 * browser fetches only the file whose characters the page writes. The home page and the
 * header and footer of every page need only the first (cjkFirstScreenCharacters, ~50 kB); the
 * charts', data and deck pages' other words are in the second. Readers with a Chinese system
 * font (PingFang, Microsoft YaHei, Noto Sans CJK, Source Han Sans: nearly every phone and
 * computer that reads Chinese) fetch neither: components/shell/siteFonts.module.css names those
 * first. Pure; the @font-face rules are written into the Chinese pages' <head> (CjkFontFaces.tsx).
 */
import { cjkFirstScreenCharacters, cjkLaterScreenCharacters } from './cjkCharacters';

/** The family the two files make up (siteFonts.module.css names it after the system fonts). */
export const CJK_SCREEN_FAMILY = 'Atlas Noto Sans SC';

export type CjkScreenSlice = 1 | 2;

/** A slice's file, in public/ (served from /fonts/generated/). */
export function cjkScreenFileName(slice: CjkScreenSlice): string {
  return `noto-sans-sc-400-screen-${slice}.woff2`;
}

/** The characters of each slice. */
export function cjkScreenSlices(): Record<CjkScreenSlice, string[]> {
  return { 1: cjkFirstScreenCharacters(), 2: cjkLaterScreenCharacters() };
}

/** `U+4E00-4E03, U+4E07`: code points sorted, runs merged. */
export function unicodeRange(chars: readonly string[]): string {
  const points = [...new Set(chars.map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < points.length; ) {
    const from = points[i] ?? 0;
    let to = from;
    while (points[i + 1] === to + 1) {
      to += 1;
      i += 1;
    }
    i += 1;
    parts.push(to === from ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);
  }
  return parts.join(',');
}

/** A short, stable tag of a text (FNV-1a), so a changed slice gets a new address. */
export function textTag(text: string): string {
  let h = 0x811c9dc5;
  for (const char of text) {
    h ^= char.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** A slice's address, with a tag of its characters. */
export function cjkScreenFileHref(slice: CjkScreenSlice, slices: Record<CjkScreenSlice, string[]> = cjkScreenSlices()): string {
  return `/fonts/generated/${cjkScreenFileName(slice)}?v=${textTag(slices[slice].join(''))}`;
}

/** The @font-face rules of the two files. */
export function cjkFontFaceCss(): string {
  const slices = cjkScreenSlices();
  return ([1, 2] as const)
    .map((slice) => {
      const src = cjkScreenFileHref(slice, slices);
      return `@font-face{font-family:'${CJK_SCREEN_FAMILY}';font-style:normal;font-weight:400;font-display:swap;src:url(${src}) format('woff2');unicode-range:${unicodeRange(slices[slice])}}`;
    })
    .join('');
}

/**
 * The Chinese system fonts the Chinese pages name before the site's own (siteFonts.module.css,
 * in this order; a unit test keeps the two equal). A reader with any of them downloads nothing.
 */
export const CJK_SYSTEM_FAMILIES = ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'] as const;

/**
 * A script for the Chinese pages' <head>: when the reader has none of CJK_SYSTEM_FAMILIES, the
 * page will draw its Chinese with the site's first file, so it is preloaded at once; fetched only
 * once the text is laid out, it came after the first paint and the heading and lede above the map
 * rewrapped when it did (CLS 0.256 on `/zh/` on a machine with no Chinese font). A family is
 * there when a Latin test string measures differently in it than in the generic family after it
 * (canvas, synchronous, no Chinese text measured: looking for a Chinese fallback is the slow
 * part). Readers with one of the families preload nothing, as before.
 */
export function cjkPreloadScript(href: string): string {
  return `(function(){try{var c=document.createElement('canvas').getContext('2d');if(!c)return;var t='mmmmmmmmmmlliiWWQ@#0',g=['monospace','serif','sans-serif'],f=${JSON.stringify(CJK_SYSTEM_FAMILIES)},w=[],i,j;for(i=0;i<g.length;i++){c.font='72px '+g[i];w.push(c.measureText(t).width)}for(j=0;j<f.length;j++)for(i=0;i<g.length;i++){c.font='72px "'+f[j]+'",'+g[i];if(c.measureText(t).width!==w[i])return}var l=document.createElement('link');l.rel='preload';l.as='font';l.type='font/woff2';l.crossOrigin='anonymous';l.href=${JSON.stringify(href)};document.head.appendChild(l)}catch(e){}})();`;
}
