/** Test helper: the export fonts read from public/fonts/ on disk (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontUrl, loadFontSet, type FontSet } from './exportFont';

export function loadTestFonts(): Promise<FontSet> {
  return loadFontSet(async (url) => {
    const bytes = readFileSync(join(process.cwd(), 'public', url));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  });
}

export { fontUrl };
