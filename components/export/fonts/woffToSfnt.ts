/**
 * WOFF 1.0 → plain SFNT (TrueType), each table inflated once. fontkit reads a WOFF's tables by
 * inflating them on every access — the whole `glyf` table again for each glyph it decodes (several
 * milliseconds a glyph) — while an SFNT it reads in place. Pure: browser and Node
 * (DecompressionStream).
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_ENTRY_BYTES = 16;

async function inflate(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** True when the bytes start with the WOFF 1.0 signature. */
export function isWoff(bytes: ArrayBuffer): boolean {
  return bytes.byteLength >= WOFF_HEADER_BYTES && new DataView(bytes).getUint32(0) === WOFF_SIGNATURE;
}

/** The font as an SFNT; bytes that are not WOFF 1.0 (WOFF2, TrueType) are returned as they are. */
export async function woffToSfnt(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  if (!isWoff(bytes)) return bytes;
  const view = new DataView(bytes);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = await Promise.all(
    Array.from({ length: numTables }, async (_, i) => {
      const at = WOFF_HEADER_BYTES + i * WOFF_ENTRY_BYTES;
      const offset = view.getUint32(at + 4);
      const compLength = view.getUint32(at + 8);
      const origLength = view.getUint32(at + 12);
      const raw = new Uint8Array(bytes, offset, compLength);
      const data = compLength < origLength ? await inflate(raw.slice()) : raw;
      if (data.byteLength !== origLength) throw new Error('WOFF table has the wrong length');
      return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data };
    }),
  );
  const pad = (n: number) => (n + 3) & ~3;
  let size = SFNT_HEADER_BYTES + numTables * SFNT_ENTRY_BYTES;
  for (const t of tables) size += pad(t.data.byteLength);
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, numTables)));
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, numTables);
  sfnt.setUint16(6, power * 16);
  sfnt.setUint16(8, Math.log2(power));
  sfnt.setUint16(10, numTables * 16 - power * 16);
  let offset = SFNT_HEADER_BYTES + numTables * SFNT_ENTRY_BYTES;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER_BYTES + i * SFNT_ENTRY_BYTES;
    sfnt.setUint32(at, t.tag);
    sfnt.setUint32(at + 4, t.checksum);
    sfnt.setUint32(at + 8, offset);
    sfnt.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += pad(t.data.byteLength);
  });
  return out.buffer;
}
