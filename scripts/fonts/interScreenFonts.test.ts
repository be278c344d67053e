/**
 * The screen's Inter files (scripts/fonts/interScreenFonts.ts): each is what the script makes from
 * the installed package (an upgrade of the package, or a change of the cut, must regenerate them),
 * keeps every character of the package's file, and has every weight the site's styles ask for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { charactersOf, INTER_SCREEN_FILES, interScreenFont, packageFile, SCREEN_WEIGHTS, type InterScript } from './interScreenFonts';

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
    it(`${script}: keeps every character of the package's file and the weights ${SCREEN_WEIGHTS.min}–${SCREEN_WEIGHTS.max}`, () => {
      const cut = readFileSync(INTER_SCREEN_FILES[script]);
      const source = readFileSync(packageFile(script));
      expect(charactersOf(cut)).toBe(charactersOf(source));
      expect(weightAxis(cut)).toMatchObject({ min: SCREEN_WEIGHTS.min, max: SCREEN_WEIGHTS.max });
      expect(cut.length).toBeLessThan(source.length * 0.8);
    });
  }

  it('has every weight the site’s styles ask for', () => {
    const weights = cssWeights();
    expect(weights).toContain(600);
    for (const w of weights) {
      expect(w, `font-weight ${w}`).toBeGreaterThanOrEqual(SCREEN_WEIGHTS.min);
      expect(w, `font-weight ${w}`).toBeLessThanOrEqual(SCREEN_WEIGHTS.max);
    }
  });
});
