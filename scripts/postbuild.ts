/**
 * Runs after `next build` (npm's postbuild hook): every exported page loads its scripts after
 * its first paint (lib/paintFirst.ts). A page in a shape the rewrite does not recognise stops the
 * build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './lib/build';
import { paintFirst } from './lib/paintFirst';

const OUT = join(ROOT, 'out');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

let rewritten = 0;
for (const file of htmlFiles(OUT)) {
  try {
    const { html, scripts } = paintFirst(readFileSync(file, 'utf8'));
    if (scripts.length === 0) continue;
    writeFileSync(file, html);
    rewritten++;
  } catch (error) {
    console.error(`postbuild: ${relative(ROOT, file)}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
console.log(`Paint first: ${rewritten} pages load their scripts after the first paint.`);
