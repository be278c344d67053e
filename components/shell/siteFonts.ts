/**
 * The site's fonts on screen, for the root layout: Inter for every page, and on the Russian and
 * Chinese pages the faces their script needs, so they read the same on a machine with no
 * Cyrillic or CJK font. `fontClassNames(locale)` is what <html> carries.
 *
 * - English: Inter's Latin subset, preloaded, as `--font-inter` (the declaration the layout had).
 *   Nothing else is preloaded or downloaded on an English page: the other faces are declared
 *   with `preload: false` and only their @font-face rules (a few hundred bytes of CSS) are there.
 * - Russian: Inter's Cyrillic subset (variable, 400–900, 13.5 kB), limited to Cyrillic by unicode-range,
 *   before Inter's Latin; preloaded and declared in the Russian pages' <head> only
 *   (lib/fonts/cyrillicScreenFont.ts, CyrillicFontFace.tsx).
 * - Chinese: Inter for Latin letters and figures, then the reader's own Chinese font where there is
 *   one (PingFang, Microsoft YaHei, Noto Sans CJK, Source Han Sans: nothing to download), else
 *   Noto Sans SC cut at build time to the characters the site writes, in two files by
 *   unicode-range (lib/fonts/cjkScreenFont.ts; its @font-face rules are in the Chinese pages'
 *   <head>, CjkFontFaces.tsx): the home page fetches the first (~59 kB) alone, preloaded when the
 *   reader has none of the named Chinese fonts (cjkPreloadScript). One weight (400):
 *   headings get the browser's bold; the export draws with the 600 and 700 files.
 *
 * globals.css reads `--font-inter` first in `--font-sans`; `siteFonts.module.css` sets it per
 * locale: Inter, or the script's face followed by Inter.
 */
import localFont from 'next/font/local';
import styles from './siteFonts.module.css';

import type { SiteLocale } from '@/lib/messages/locales';

/**
 * Inter, variable weight from 400 to 900 (the package's Latin file cut to the weights the site uses:
 * scripts/fonts/interScreenFonts.ts), served from the site itself and preloaded on every page:
 * the declaration app/layout.tsx had, under `--font-inter-latin`, which each locale's class
 * (siteFonts.module.css) puts into `--font-inter`. One declaration for all three stacks, so the
 * preloaded file is the one every page uses.
 */
const inter = localFont({
  src: './fonts/inter-latin-400-900.woff2',
  weight: '400 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter-latin',
});

/** The class names <html> carries on a page in `locale`. */
export function fontClassNames(locale: SiteLocale): string {
  switch (locale) {
    case 'en':
      return `${inter.variable} ${styles.en}`;
    case 'ru':
      return `${inter.variable} ${styles.ru}`;
    case 'zh':
      return `${inter.variable} ${styles.zh}`;
  }
}
