/**
 * WOFF 1.0 → SFNT (TrueType/OpenType bytes), and raw table lookup in an SFNT.
 *
 * opentype.js parses the outlines from the SFNT; `gposKerning.ts` reads the kerning from the raw
 * GPOS table (opentype.js 2.0 skips GPOS extension lookups, where Inter keeps its kerning).
 * Pure: runs in the browser and in Node (both have DecompressionStream).
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_ENTRY_BYTES = 16;

interface WoffEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const copy = new Uint8Array(data); // a standalone ArrayBuffer for the Blob
  const stream = new Blob([copy]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const align4 = (n: number) => (n + 3) & ~3;

/** True when the bytes start with the WOFF 1.0 signature. */
export function isWoff(bytes: ArrayBuffer): boolean {
  return bytes.byteLength >= WOFF_HEADER_BYTES && new DataView(bytes).getUint32(0) === WOFF_SIGNATURE;
}

/** Unpacks a WOFF 1.0 file into the SFNT it wraps. Throws on anything else. */
export async function woffToSfnt(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  if (!isWoff(bytes)) throw new Error('not a WOFF 1.0 file');
  const view = new DataView(bytes);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const entries: WoffEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_BYTES + i * WOFF_ENTRY_BYTES;
    entries.push({
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    });
  }
  const tables = await Promise.all(
    entries.map(async (e) => {
      const raw = new Uint8Array(bytes, e.offset, e.compLength);
      const data = e.compLength < e.origLength ? await inflate(raw) : raw;
      if (data.byteLength !== e.origLength) throw new Error('WOFF table has the wrong length');
      return data;
    }),
  );

  let size = SFNT_HEADER_BYTES + numTables * SFNT_ENTRY_BYTES;
  const offsets = entries.map((e) => {
    const at = size;
    size += align4(e.origLength);
    return at;
  });
  const out = new ArrayBuffer(size);
  const outView = new DataView(out);
  const outBytes = new Uint8Array(out);
  const entrySelector = Math.floor(Math.log2(Math.max(1, numTables)));
  const searchRange = 2 ** entrySelector * 16;
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, searchRange);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, numTables * 16 - searchRange);
  entries.forEach((e, i) => {
    const at = SFNT_HEADER_BYTES + i * SFNT_ENTRY_BYTES;
    const offset = offsets[i] ?? 0;
    outView.setUint32(at, e.tag);
    outView.setUint32(at + 4, e.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, e.origLength);
    const data = tables[i];
    if (data) outBytes.set(data, offset);
  });
  return out;
}

/** The raw bytes of one SFNT table ('GPOS', 'cmap'…), or undefined when the font has none. */
export function sfntTable(sfnt: ArrayBuffer, tag: string): DataView | undefined {
  const view = new DataView(sfnt);
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const at = SFNT_HEADER_BYTES + i * SFNT_ENTRY_BYTES;
    const name = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    if (name === tag) return new DataView(sfnt, view.getUint32(at + 8), view.getUint32(at + 12));
  }
  return undefined;
}
