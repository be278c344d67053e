/**
 * Writes public/data/citations.json: for each source, the figures citing it, grouped by dataset,
 * each with the link to its row (lib/citations.ts `citationsFile`). /sources shows only the
 * counts and loads this file when a reader opens a source's citations.
 *
 * Called by scripts/prebuild.ts; run it alone with `npx tsx scripts/emit-citations.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CITATIONS_URL } from '../views/sources/citationsFile';
import { DATASETS } from '../data/registry';
import { citationsBySource } from '../lib/citations';
import { citationsFile } from '../lib/citationsFile';
import { ROOT } from './lib/build';

/** Writes the file and returns its size in bytes, raw and gzipped. */
export function emitCitations(outFile = join(ROOT, 'public', CITATIONS_URL)): { sources: number; bytes: number; gzipBytes: number } {
  const file = citationsFile(citationsBySource(DATASETS));
  const json = `${JSON.stringify(file)}\n`;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  return { sources: Object.keys(file).length, bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json).length };
}

/** The line the build prints. */
export function describeCitations({ sources, bytes, gzipBytes }: ReturnType<typeof emitCitations>): string {
  return `Wrote public${CITATIONS_URL} for ${sources} cited sources: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzip.`;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  console.log(describeCitations(emitCitations()));
}
