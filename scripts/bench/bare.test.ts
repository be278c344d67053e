import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The bench's paint floor (bench/bare/) is only a floor while it stays text and nothing else. */
describe('the bare document', () => {
  const html = readFileSync(join(__dirname, '..', '..', 'bench', 'bare', 'index.html'), 'utf8');

  it('has text to paint: a heading and a paragraph', () => {
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toMatch(/<p>[^<]{100,}<\/p>/);
  });

  it('loads nothing and styles nothing: no stylesheet, style, script, font, image or frame', () => {
    expect(html).not.toMatch(/<(link|style|script|img|picture|svg|iframe|object|video)\b/i);
    expect(html).not.toMatch(/\sstyle=|@font-face|url\(/i);
  });
});
