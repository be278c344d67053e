import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/browser';

const port = Number(process.env.E2E_PORT ?? 3210);
/** Set E2E_BASE_URL to test a server you already run (e.g. `npm run dev`); otherwise the
 * built site in out/ is served on E2E_PORT. */
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    acceptDownloads: true,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: external
    ? undefined
    : {
        // The production server with the site's headers (scripts/lib/server.ts), as `npm start` runs it.
        command: `npx tsx scripts/serve.ts out`,
        env: { PORT: String(port) },
        url: `${baseURL}/`,
        reuseExistingServer: false,
        timeout: 60_000,
      },
});
