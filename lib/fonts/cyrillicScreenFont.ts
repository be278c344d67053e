/**
 * The Russian pages' screen font for Cyrillic: Inter's Cyrillic subset (variable weight from 400
 * to 900, 13.5 kB: @fontsource-variable/inter's file cut to the weights the site uses by
 * scripts/fonts/interScreenFonts.ts, which its test checks against the package), declared and preloaded in the Russian pages' <head> only
 * (components/shell/CyrillicFontFace.tsx). Preloaded because a Russian page's heading and lede are
 * Cyrillic: drawn first in a fallback and then in Inter, they reflowed the map below them (a
 * layout shift of 0.012 in Lighthouse, over the 0.01 budget). Pure.
 */

export const CYRILLIC_SCREEN_FAMILY = 'Atlas Inter Cyrillic';

/** The file, as the site serves it. */
export const CYRILLIC_SCREEN_FILE = '/fonts/inter-cyrillic-400-900.woff2';

/** The characters it is used for (the ranges @fontsource gives the subset). */
export const CYRILLIC_RANGE = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';

/** The @font-face rule; `href` is the file's address (with its version tag). */
export function cyrillicFontFaceCss(href: string): string {
  return `@font-face{font-family:'${CYRILLIC_SCREEN_FAMILY}';font-style:normal;font-weight:400 900;font-display:swap;src:url(${href}) format('woff2');unicode-range:${CYRILLIC_RANGE}}`;
}
