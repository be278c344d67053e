/**
 * Writes public/data/citations.json: for each source, the figures citing it, grouped by dataset,
 * each with the link to its row (lib/citations.ts `citationsFile`). /sources shows only the
 * counts and loads this file when a reader opens a source's citations. Russian and Chinese pages
 * load their own, in their words (public/data/ru/citations.json, zh/).
 *
 * Called by scripts/prebuild.ts; run it alone with `npx tsx scripts/emit-citations.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATASETS } from '../data/registry';
import { citationsBySource } from '../lib/citations';
import { citationsFile } from '../lib/citationsFile';
import { SITE_LOCALES, type SiteLocale } from '../lib/messages/locales';
import { files } from '../lib/paths';
import { ROOT } from './lib/build';

function emitOne(locale: SiteLocale, outFile: string): { sources: number; bytes: number; gzipBytes: number } {
  const file = citationsFile(citationsBySource(DATASETS, locale), locale);
  const json = `${JSON.stringify(file)}\n`;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  return { sources: Object.keys(file).length, bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json).length };
}

/** Writes every locale's file under public/; returns the English one's size in bytes, raw and gzipped. */
export function emitCitations(): { sources: number; bytes: number; gzipBytes: number } {
  for (const locale of SITE_LOCALES) if (locale !== 'en') emitOne(locale, join(ROOT, 'public', files.citations(locale)));
  return emitOne('en', join(ROOT, 'public', files.citations('en')));
}

/** The line the build prints. */
export function describeCitations({ sources, bytes, gzipBytes }: ReturnType<typeof emitCitations>): string {
  return `Wrote public${files.citations('en')} (and each locale's) for ${sources} cited sources: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzip.`;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  console.log(describeCitations(emitCitations()));
}
