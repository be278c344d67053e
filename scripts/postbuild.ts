/**
 * Runs after `next build` (npm's postbuild hook):
 * 1. every exported page loads its scripts after its first paint (lib/paintFirst.ts); a page in a
 *    shape the rewrite does not recognise stops the build;
 * 2. those start-up scripts get V8's compile hint (lib/compileHints.ts), so they are compiled
 *    while they download rather than on the main thread as they run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './lib/build';
import { withCompileHint } from './lib/compileHints';
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
const startScripts = new Set<string>();
for (const file of htmlFiles(OUT)) {
  try {
    const { html, scripts } = paintFirst(readFileSync(file, 'utf8'));
    if (scripts.length === 0) continue;
    writeFileSync(file, html);
    rewritten++;
    for (const src of scripts) startScripts.add(src);
  } catch (error) {
    console.error(`postbuild: ${relative(ROOT, file)}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
console.log(`Paint first: ${rewritten} pages load their scripts after the first paint.`);

for (const src of startScripts) {
  const file = join(OUT, ...src.split('/').filter(Boolean));
  writeFileSync(file, withCompileHint(readFileSync(file, 'utf8')));
}
console.log(`Compile hints: ${startScripts.size} start-up scripts are compiled as they download.`);
