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
