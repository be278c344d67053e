import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The module keeps one download per page: each test gets a fresh copy. */
async function freshModule() {
  vi.resetModules();
  return import('./exportFont');
}

const fromDisk = vi.fn(async (url: string): Promise<ArrayBuffer> => {
  const bytes = readFileSync(join(process.cwd(), 'public', url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
});

describe('export fonts', () => {
  beforeEach(() => {
    fromDisk.mockClear();
  });

  it('prefetches each weight once, and parsing later uses the prefetched files', async () => {
    const { fetchFontFiles, loadFontSet, fontUrl } = await freshModule();
    await Promise.all([fetchFontFiles(fromDisk), fetchFontFiles(fromDisk)]);
    expect(fromDisk.mock.calls.map(([url]) => url)).toEqual([fontUrl(400), fontUrl(600), fontUrl(700)]);
    const fonts = await loadFontSet(fromDisk);
    expect(fromDisk).toHaveBeenCalledTimes(3);
    const m = 'M'.codePointAt(0) ?? 0;
    expect(fonts[700].glyphForCodePoint(m).advanceWidth).toBeGreaterThan(fonts[400].glyphForCodePoint(m).advanceWidth);
  });

  it('retries after a failed download instead of keeping the failure', async () => {
    const { fetchFontFiles, loadFontSet } = await freshModule();
    await expect(fetchFontFiles(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    const fonts = await loadFontSet(fromDisk);
    expect(fonts[400].unitsPerEm).toBeGreaterThan(0);
  });
});

describe('WOFF to SFNT', () => {
  it('gives fontkit the same font, tables inflated once', async () => {
    const { create } = await import('fontkit');
    const { woffToSfnt, isWoff } = await import('./woffToSfnt');
    const woff = await fromDisk('/fonts/inter-cyrillic-700-normal.woff');
    const sfnt = await woffToSfnt(woff);
    expect(isWoff(woff)).toBe(true);
    expect(isWoff(sfnt)).toBe(false);
    const a = create(Buffer.from(woff));
    const b = create(Buffer.from(sfnt));
    if ('fonts' in a || 'fonts' in b) throw new Error('a collection');
    expect(b.type).toBe('TTF');
    for (const char of 'ЖЯщ') {
      const cp = char.codePointAt(0) ?? 0;
      expect(b.glyphForCodePoint(cp).advanceWidth).toBe(a.glyphForCodePoint(cp).advanceWidth);
      expect(b.glyphForCodePoint(cp).path.toSVG()).toBe(a.glyphForCodePoint(cp).path.toSVG());
    }
    expect(b.layout('ТАК').advanceWidth).toBe(a.layout('ТАК').advanceWidth);
  });
});
