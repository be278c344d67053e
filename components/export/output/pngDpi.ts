/**
 * Sets a PNG's physical resolution (the pHYs chunk), so slide software inserts it at the size
 * meant: a 2× export at 192 dpi lands as large as the chart on screen, and 1920×1080 at 144 dpi
 * fills a 13.33-inch (16:9) PowerPoint or Keynote slide exactly. Pure; replaces any pHYs present.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const INCH_M = 0.0254;

let table: Uint32Array | undefined;

/** CRC-32 (ISO 3309), as PNG chunks use. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (table[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The PNG with a pHYs chunk of `dpi` after IHDR (any old one removed). Non-PNG input is returned as is. */
export function withPngDpi(png: Uint8Array<ArrayBuffer>, dpi: number): Uint8Array<ArrayBuffer> {
  if (!isPng(png) || !(dpi > 0)) return png;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Uint8Array<ArrayBuffer>[] = [png.subarray(0, 8)];
  let at = 8;
  let inserted = false;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (type !== 'pHYs') chunks.push(png.subarray(at, end));
    if (type === 'IHDR' && !inserted) {
      chunks.push(physChunk(dpi));
      inserted = true;
    }
    at = end;
  }
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function physChunk(dpi: number): Uint8Array<ArrayBuffer> {
  const ppm = Math.round(dpi / INCH_M);
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // 'pHYs'
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

/** Dots per inch for an export: 96 per logical px, or a fixed size that fills a 13.33-inch slide. */
export function exportDpi(size: { scale: number } | { width: number; height: number }): number {
  if ('scale' in size) return 96 * size.scale;
  return size.width / (40 / 3);
}
