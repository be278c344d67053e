import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, exportDpi, withPngDpi } from './pngDpi';

function samplePng(): Uint8Array<ArrayBuffer> {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  const bytes = PNG.sync.write(png);
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

function chunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  for (let at = 8; at + 12 <= png.length; at += 12 + view.getUint32(at)) types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
  return types;
}

describe('withPngDpi', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('adds one pHYs chunk right after IHDR, with a valid CRC the decoder accepts', () => {
    const out = withPngDpi(samplePng(), 192);
    expect(chunkTypes(out).slice(0, 2)).toEqual(['IHDR', 'pHYs']);
    const decoded = PNG.sync.read(Buffer.from(out), { checkCRC: true });
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    const view = new DataView(out.buffer, out.byteOffset);
    const phys = 8 + 12 + 13; // after the signature and IHDR
    expect(view.getUint32(phys + 8)).toBe(Math.round(192 / 0.0254));
    expect(out[phys + 16]).toBe(1);
  });

  it('replaces an existing pHYs instead of adding a second', () => {
    const twice = withPngDpi(withPngDpi(samplePng(), 96), 288);
    expect(chunkTypes(twice).filter((t) => t === 'pHYs')).toHaveLength(1);
  });

  it('gives 96 dpi per scale step, and fills a 16:9 slide at fixed sizes', () => {
    expect(exportDpi({ scale: 2 })).toBe(192);
    expect(exportDpi({ width: 1920, height: 1080 })).toBe(144);
    expect(exportDpi({ width: 1200, height: 675 })).toBe(90);
  });
});
