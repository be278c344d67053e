/** Finds a Chromium for the browser tests and the benchmark: CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then Playwright's own download. Undefined when there is none. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightPath()];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found: set CHROMIUM_PATH, or install one with `apt-get install -y chromium` (Debian) or `npx playwright install chromium`.';
