/** The Russian pages' Cyrillic file is @fontsource-variable/inter's, byte for byte (an upgrade of the package must update it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYRILLIC_SCREEN_FILE, cyrillicFontFaceCss } from './cyrillicScreenFont';

const ROOT = join(__dirname, '..', '..');

describe('the Russian pages’ Cyrillic face', () => {
  it('is the package’s file', () => {
    const served = readFileSync(join(ROOT, 'public', CYRILLIC_SCREEN_FILE));
    const packaged = readFileSync(join(ROOT, 'node_modules', '@fontsource-variable', 'inter', 'files', 'inter-cyrillic-wght-normal.woff2'));
    expect(served.equals(packaged)).toBe(true);
  });

  it('is declared for Cyrillic only, at every weight', () => {
    const css = cyrillicFontFaceCss('/x.woff2');
    expect(css).toContain('unicode-range:U+0301,U+0400-045F');
    expect(css).toContain('font-weight:100 900');
    expect(css).toContain("src:url(/x.woff2) format('woff2')");
  });
});
