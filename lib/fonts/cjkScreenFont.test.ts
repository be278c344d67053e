/**
 * The Chinese pages' screen font in two files: together they hold every Chinese character the
 * subset holds, each once; each @font-face names its own characters only, so a page fetches just
 * the file its text needs; a changed slice gets a new address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CJK_RANGE, cjkSubsetCharacters } from './cjkCharacters';
import { CJK_SCREEN_FAMILY, CJK_SYSTEM_FAMILIES, cjkFontFaceCss, cjkPreloadScript, cjkScreenFileHref, cjkScreenSlices, textTag, unicodeRange } from './cjkScreenFont';

describe('the screen font’s two files', () => {
  it('share out the subset’s Chinese characters, each in one file', () => {
    const { 1: first, 2: rest } = cjkScreenSlices();
    expect(first.filter((c) => rest.includes(c))).toEqual([]);
    expect([...first, ...rest].sort()).toEqual(cjkSubsetCharacters().filter((c) => CJK_RANGE.test(c)).sort());
    // The header's and the map's words are in the first.
    expect(first).toEqual(expect.arrayContaining([...'上海合作组织安全地图']));
    expect(rest.length).toBeGreaterThan(50);
  });

  it('declares each file with the code points of its own characters, runs merged', () => {
    expect(unicodeRange(['一', '丁', '七', '万', '丈'])).toBe('U+4E00-4E01,U+4E03,U+4E07-4E08');
    const css = cjkFontFaceCss();
    const faces = css.match(/@font-face\{[^}]+\}/g) ?? [];
    expect(faces).toHaveLength(2);
    const { 1: first, 2: rest } = cjkScreenSlices();
    expect(faces[0]).toContain(`unicode-range:${unicodeRange(first)}`);
    expect(faces[1]).toContain(`unicode-range:${unicodeRange(rest)}`);
    expect(faces[0]).toMatch(/src:url\(\/fonts\/generated\/noto-sans-sc-400-screen-1\.woff2\?v=\w+\) format\('woff2'\)/);
  });

  it('gives a changed text a new tag', () => {
    expect(textTag('上海')).not.toBe(textTag('上海合作'));
    expect(textTag('上海')).toBe(textTag('上海'));
  });
});

describe('the preload for a reader with no Chinese font', () => {
  it('looks for exactly the system fonts the Chinese pages name before the site’s own, in their order', () => {
    const css = readFileSync(join(process.cwd(), 'components/shell/siteFonts.module.css'), 'utf8');
    const stack = /\.zh\s*\{[^}]*--font-inter:\s*([^;]+);/.exec(css)?.[1] ?? '';
    const families = [...stack.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(families).toEqual([...CJK_SYSTEM_FAMILIES, CJK_SCREEN_FAMILY]);
  });

  it('preloads the file the @font-face rule fetches, at the same address', () => {
    const href = cjkScreenFileHref(1);
    expect(cjkFontFaceCss()).toContain(`url(${href})`);
    expect(cjkPreloadScript(href)).toContain(JSON.stringify(href));
  });
});
