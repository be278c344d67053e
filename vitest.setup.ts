/**
 * Once per test run: builds the generated files some tests read (the map geometry in public/geo/
 * and the Noto Sans SC subset in public/fonts/generated/, written by the build; a fresh clone has
 * none), and prints which checks skip on this machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sofficeSkipReason } from './components/export/pptx/testing/soffice';
import { seedArticleSkipReason } from './data/testing/seedArticle';

export default function setup(): void {
  const generated = [join('geo', 'region.topo.json'), join('fonts', 'generated', 'noto-sans-sc-700.woff2'), join('fonts', 'generated', 'noto-sans-sc-400-screen-2.woff2')];
  if (generated.some((file) => !existsSync(join(__dirname, 'public', file)))) {
    process.stdout.write('Writing the generated data, map geometry and Chinese font subset (scripts/prebuild.ts) for the tests that read them.\n');
    execFileSync(join(__dirname, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'scripts', 'prebuild.ts')], { cwd: __dirname, stdio: 'inherit' });
  }
  for (const reason of [seedArticleSkipReason(), sofficeSkipReason()]) {
    if (reason !== null) process.stdout.write(`${reason}\n`);
  }
}
