/**
 * The screen's Inter files (scripts/fonts/interScreenFonts.ts): each is what the script makes from
 * the installed package (an upgrade of the package, a change of the cut or new text on the site must
 * regenerate them), holds every character the site writes that the package's file has (English,
 * Russian and Chinese text, every dataset's names and quotes), and has every weight the site's
 * styles ask for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { charactersOf, INTER_SCREEN_FILES, interScreenFont, packageFile, SCREEN_WEIGHTS, type InterScript } from './interScreenFonts';
import { en } from '../../locales/en';
import { ru } from '../../locales/ru';
import { exercises } from '../../data/exercises';

const ROOT = join(__dirname, '..', '..');
const SCRIPTS: InterScript[] = ['latin', 'cyrillic'];

function weightAxis(bytes: Buffer): { min: number; max: number } | undefined {
  const font = create(bytes);
  if (!('variationAxes' in font)) return undefined;
  return font.variationAxes.wght;
}

/** Every numeric weight in the site's CSS, and each `var(--x, 600)` fallback. */
function cssWeights(): number[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
  const weights: number[] = [];
  for (const file of [...files(join(ROOT, 'app')), ...files(join(ROOT, 'components'))]) {
    for (const [, value = ''] of readFileSync(file, 'utf8').matchAll(/(?:font-weight|--font-weight-[a-z]+)\s*:\s*([^;}]+)/g)) {
      for (const [n] of value.matchAll(/\b\d{3}\b/g)) weights.push(Number(n));
    }
  }
  return weights;
}

describe('the screen’s Inter files', () => {
  for (const script of SCRIPTS) {
    it(`${script}: is what the script makes from the installed package`, { timeout: 30_000 }, async () => {
      expect((await interScreenFont(script)).equals(readFileSync(INTER_SCREEN_FILES[script]))).toBe(true);
    });
    it(`${script}: keeps the weights ${SCREEN_WEIGHTS.min}–${SCREEN_WEIGHTS.max} and is at most 80% of the package's file`, () => {
      const cut = readFileSync(INTER_SCREEN_FILES[script]);
      const source = readFileSync(packageFile(script));
      expect(weightAxis(cut)).toMatchObject({ min: SCREEN_WEIGHTS.min, max: SCREEN_WEIGHTS.max });
      expect(cut.length).toBeLessThan(source.length * 0.8);
    });
  }

  /** The characters of `text` the package's file for `script` maps and the cut file lacks. */
  function lacking(script: InterScript, text: string): string[] {
    const cut = new Set(charactersOf(readFileSync(INTER_SCREEN_FILES[script])));
    const source = new Set(charactersOf(readFileSync(packageFile(script))));
    return [...new Set(text)].filter((c) => source.has(c) && !cut.has(c));
  }

  it('latin: holds every character of the English catalogue, the exercises’ names and quotes, and a typed é ü ß ñ œ', () => {
    const text = JSON.stringify(en) + JSON.stringify(exercises) + 'éüßñœ';
    expect(lacking('latin', text)).toEqual([]);
    // The file is cut: characters nothing on the site writes (combining accents, the fraction slash) are left out.
    expect(charactersOf(readFileSync(INTER_SCREEN_FILES.latin)).length).toBeLessThan(charactersOf(readFileSync(packageFile('latin'))).length);
  });

  it('cyrillic: holds every character of the Russian catalogue and the whole Russian alphabet', () => {
    const alphabet = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя';
    expect(lacking('cyrillic', JSON.stringify(ru) + alphabet)).toEqual([]);
    expect(charactersOf(readFileSync(INTER_SCREEN_FILES.cyrillic))).not.toContain('\u0491');
  });

  it('has every weight the site’s styles ask for', () => {
    const weights = cssWeights();
    expect(weights).toContain(600);
    for (const w of weights) {
      expect(w, `font-weight ${w}`).toBeGreaterThanOrEqual(SCREEN_WEIGHTS.min);
      expect(w, `font-weight ${w}`).toBeLessThanOrEqual(SCREEN_WEIGHTS.max);
    }
  });
});
