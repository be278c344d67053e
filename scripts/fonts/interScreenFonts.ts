/**
 * Inter for the screen, cut to the weights and characters the site uses: @fontsource-variable/inter's
 * variable files (Latin, Cyrillic) with the weight axis limited to 400–900 (SCREEN_WEIGHTS) and
 * only the characters of `screenCharacters` (lib/fonts/screenCharacters.ts: what the site writes in
 * any language and what a reader may type) that the file maps. The site asks for nothing lighter
 * than 400 (interScreenFonts.test.ts reads every weight in its CSS), and the axis below 400 is a
 * third of the file: Latin 48.3 → 36.2 kB; the characters then 36.2 → 30.2 kB (Cyrillic 13.5 → 9.8 kB).
 * Fewer bytes before a phone can draw the lede in Inter (the Latin file is preloaded on every page,
 * the Cyrillic one on Russian pages, and Lighthouse's simulation counts it before the lede's paint).
 *
 * The files are in the repository (a fresh clone builds without running this), and the test
 * checks each is what this script makes from the installed package: after an upgrade of the
 * package, run `npx tsx scripts/fonts/interScreenFonts.ts` and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import subsetFont from 'subset-font';
import { screenCharacters } from '../../lib/fonts/screenCharacters';

const ROOT = join(__dirname, '..', '..');
const PACKAGE_FILES = join(ROOT, 'node_modules', '@fontsource-variable', 'inter', 'files');

/** The weight axis the screen files keep. */
export const SCREEN_WEIGHTS = { min: 400, max: 900 } as const;

export type InterScript = 'latin' | 'cyrillic';

/** Where each cut file lives: the Latin one beside the next/font declaration, the Cyrillic one served from public/. */
export const INTER_SCREEN_FILES: Record<InterScript, string> = {
  latin: join(ROOT, 'components', 'shell', 'fonts', 'inter-latin-400-900.woff2'),
  cyrillic: join(ROOT, 'public', 'fonts', 'inter-cyrillic-400-900.woff2'),
};

export const packageFile = (script: InterScript) => join(PACKAGE_FILES, `inter-${script}-wght-normal.woff2`);

/** The characters a font maps. */
export function charactersOf(bytes: Buffer): string {
  const font = create(bytes);
  if (!('characterSet' in font)) throw new Error('expected one font, got a collection');
  return String.fromCodePoint(...font.characterSet);
}

/** The characters of `screenCharacters(script)` that the package's file for `script` maps. */
export function screenCharactersIn(script: InterScript): string {
  const mapped = new Set(charactersOf(readFileSync(packageFile(script))));
  return screenCharacters(script).filter((c) => mapped.has(c)).join('');
}

/** The package's file for `script`, cut to SCREEN_WEIGHTS and the site's characters (with the features they use). */
export async function interScreenFont(script: InterScript): Promise<Buffer> {
  const source = readFileSync(packageFile(script));
  return subsetFont(source, screenCharactersIn(script), { targetFormat: 'woff2', variationAxes: { wght: { ...SCREEN_WEIGHTS } } });
}

if (require.main === module) {
  void (async () => {
    for (const script of ['latin', 'cyrillic'] as const) {
      const bytes = await interScreenFont(script);
      writeFileSync(INTER_SCREEN_FILES[script], bytes);
      console.log(`${INTER_SCREEN_FILES[script]}: ${bytes.length} bytes (package: ${readFileSync(packageFile(script)).length})`);
    }
  })();
}
