/** `npm run test:e2e`: find a browser, build if needed, run the Playwright specs (one worker). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium, NO_BROWSER_MESSAGE } from './lib/browser';
import { ensureBuild, ROOT } from './lib/build';

const browser = findChromium();
if (!browser) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
if (!process.env.E2E_BASE_URL) ensureBuild();
const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'playwright'), ['test', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
