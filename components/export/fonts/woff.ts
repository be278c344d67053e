/**
 * Reads one table out of a WOFF 1.0 file (inflating it when compressed). The exporter needs the
 * raw GPOS table for kerning (`gposKerning.ts`): opentype.js 2.0 skips GPOS extension lookups,
 * where Inter keeps its kerning. Pure: runs in the browser and in Node (DecompressionStream).
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;

async function inflate(data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Response(stream).arrayBuffer();
}

/** True when the bytes start with the WOFF 1.0 signature. */
export function isWoff(bytes: ArrayBuffer): boolean {
  return bytes.byteLength >= WOFF_HEADER_BYTES && new DataView(bytes).getUint32(0) === WOFF_SIGNATURE;
}

/** The bytes of table `tag` ('GPOS', 'cmap'…), or undefined when the font has none. */
export async function woffTable(bytes: ArrayBuffer, tag: string): Promise<DataView | undefined> {
  if (!isWoff(bytes)) throw new Error('not a WOFF 1.0 file');
  const view = new DataView(bytes);
  const numTables = view.getUint16(12);
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_BYTES + i * WOFF_ENTRY_BYTES;
    const name = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    if (name !== tag) continue;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    if (compLength >= origLength) return new DataView(bytes, offset, origLength);
    const data = await inflate(new Uint8Array(bytes, offset, compLength).slice());
    if (data.byteLength !== origLength) throw new Error(`WOFF table ${tag} has the wrong length`);
    return new DataView(data);
  }
  return undefined;
}
