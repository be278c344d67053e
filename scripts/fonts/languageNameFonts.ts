/**
 * The fonts of the switcher's language names (lib/fonts/languageNameFonts.ts): Inter's
 * Cyrillic (@fontsource-variable/inter, at weight 400) cut to the letters of "Русский", Noto Sans SC
 * 400 (@fontsource/noto-sans-sc) cut to "中文". About 1 kB each, read by the server to draw the names
 * (components/shell/languageNameOutlines.server.ts), not served.
 *
 * The files are in the repository (a fresh clone builds without running this), and the test checks
 * each is what this script makes from the installed packages: after an upgrade of a package or a
 * change of a name, run `npx tsx scripts/fonts/languageNameFonts.ts` and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { LANGUAGE_NAME_FILES, NAMED_LOCALES, nameCharacters, type NamedLocale } from '../../lib/fonts/languageNameFonts';

const ROOT = join(__dirname, '..', '..');

/** The package file each name is cut from. */
export const NAME_SOURCES: Readonly<Record<NamedLocale, string>> = {
  ru: join(ROOT, 'node_modules', '@fontsource-variable', 'inter', 'files', 'inter-cyrillic-wght-normal.woff2'),
  zh: join(ROOT, 'node_modules', '@fontsource', 'noto-sans-sc', 'files', 'noto-sans-sc-chinese-simplified-400-normal.woff2'),
};

/** Where a name's file is written. */
export const nameFile = (locale: NamedLocale) => join(ROOT, LANGUAGE_NAME_FILES[locale]);

/** A name's file: its package's font cut to the name's letters, at weight 400. */
export function languageNameFont(locale: NamedLocale): Promise<Buffer> {
  const options = locale === 'ru' ? { targetFormat: 'woff2' as const, variationAxes: { wght: 400 } } : { targetFormat: 'woff2' as const };
  return subsetFont(readFileSync(NAME_SOURCES[locale]), nameCharacters(locale).join(''), options);
}

if (require.main === module) {
  void (async () => {
    for (const locale of NAMED_LOCALES) {
      const bytes = await languageNameFont(locale);
      writeFileSync(nameFile(locale), bytes);
      console.log(`${nameFile(locale)}: ${bytes.length} bytes`);
    }
  })();
}
