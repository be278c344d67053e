/** The Russian pages' Cyrillic face: declared for Cyrillic only, at the weights its file has. */
import { describe, expect, it } from 'vitest';
import { cyrillicFontFaceCss } from './cyrillicScreenFont';

describe('the Russian pages’ Cyrillic face', () => {
  it('is declared for Cyrillic only, at the file’s weights', () => {
    const css = cyrillicFontFaceCss('/x.woff2');
    expect(css).toContain('unicode-range:U+0301,U+0400-045F');
    expect(css).toContain('font-weight:400 900');
    expect(css).toContain("src:url(/x.woff2) format('woff2')");
  });
});
