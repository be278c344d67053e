/** Test helper: the export fonts read from public/fonts/ on disk (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontUrl, loadFontSet, loadSubset, type ExtraSubset, type FontSet } from './exportFont';

async function fromDisk(url: string): Promise<ArrayBuffer> {
  const bytes = readFileSync(join(process.cwd(), 'public', url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

export function loadTestFonts(): Promise<FontSet> {
  return loadFontSet(fromDisk);
}

/** One of Inter's other subsets (Latin Extended, Cyrillic …), from disk. */
export function loadTestSubset(subset: ExtraSubset): Promise<FontSet> {
  return loadSubset(subset, fromDisk);
}

export { fontUrl };
