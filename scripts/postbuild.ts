/**
 * Runs after `next build` (npm's postbuild hook):
 * 1. every exported page loads its scripts after its first paint (lib/paintFirst.ts), and its React
 *    data from the file Next exports beside it instead of inline scripts (lib/pageData.ts); a page in
 *    a shape either rewrite does not recognise stops the build;
 * 2. every script chunk gets V8's compile hint (lib/compileHints.ts), so it is compiled while it
 *    downloads rather than on the main thread as it runs;
 * 3. every page's inline code can be allowed by the Content-Security-Policy's hashes (the server
 *    computes them from these pages: lib/serveConfig.ts): an event-handler attribute or a
 *    `javascript:` URL stops the build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './lib/build';
import { hashSources, inlineSources, unhashableCode } from './lib/csp';
import { withCompileHint } from './lib/compileHints';
import { paintFirst } from './lib/paintFirst';
import { pageDataUrl, takePageData } from './lib/pageData';

const OUT = join(ROOT, 'out');

function filesNamed(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '_next' ? [] : filesNamed(path, test);
    return test(e.name) ? [path] : [];
  });
}
const htmlFiles = (dir: string) => filesNamed(dir, (name) => name.endsWith('.html'));
const sitePath = (file: string) => relative(OUT, file).split('\\').join('/');

/** Each route's data file as Next exports it (`/charts/index.txt` → its text). */
const dataFiles = new Map(filesNamed(OUT, (name) => name === 'index.txt').map((file) => [`/${sitePath(file)}`, readFileSync(file, 'utf8')] as const));

let rewritten = 0;
let dataOut = 0;
for (const file of htmlFiles(OUT)) {
  try {
    const page = readFileSync(file, 'utf8');
    const taken = takePageData(page);
    const url = taken.text === null ? null : pageDataUrl(sitePath(file), taken.text, dataFiles);
    // Next no longer exports a page's data as a file, or not the same text: stop rather than drop it.
    if (taken.text !== null && url === null) throw new Error('no exported file holds this page’s React data (index.txt)');
    const { html, scripts } = paintFirst(url === null ? page : taken.html, url);
    if (scripts.length === 0) continue;
    writeFileSync(file, html);
    rewritten++;
    if (url !== null) dataOut++;
  } catch (error) {
    console.error(`postbuild: ${relative(ROOT, file)}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
console.log(`Paint first: ${rewritten} pages load their scripts after the first paint, ${dataOut} of them their React data from its file.`);

const CHUNKS = join(OUT, '_next', 'static', 'chunks');
const chunks = readdirSync(CHUNKS).filter((name) => name.endsWith('.js'));
for (const name of chunks) {
  const file = join(CHUNKS, name);
  writeFileSync(file, withCompileHint(readFileSync(file, 'utf8')));
}
console.log(`Compile hints: ${chunks.length} script chunks are compiled as they download.`);

const hashed = { scripts: new Set<string>(), styles: new Set<string>(), attributes: new Set<string>() };
for (const file of htmlFiles(OUT)) {
  const html = readFileSync(file, 'utf8');
  const unhashable = unhashableCode(html);
  if (unhashable.length > 0) {
    console.error(`postbuild: ${relative(ROOT, file)}: inline code the Content-Security-Policy cannot allow by hash: ${unhashable.join(', ')}`);
    process.exit(1);
  }
  const inline = inlineSources(html);
  for (const h of hashSources(inline.scripts)) hashed.scripts.add(h);
  for (const h of hashSources(inline.styles)) hashed.styles.add(h);
  for (const h of hashSources(inline.styleAttributes)) hashed.attributes.add(h);
}
console.log(
  `Content-Security-Policy: ${hashed.scripts.size} inline scripts, ${hashed.styles.size} inline styles and ${hashed.attributes.size} style attributes, each allowed by hash on its own page.`,
);
