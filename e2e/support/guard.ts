/**
 * What every browser test checks without asking (wired into `test` in ./test.ts):
 *
 * - **Offline:** no request of any page, frame, popup or worker leaves the site's origin
 *   (`data:`, `blob:` and `about:` stay in the browser);
 * - **Content-Security-Policy:** nothing is refused by the page's policy: every
 *   `securitypolicyviolation` event, and every "Refused to …" console message, fails the test;
 *   so does a Permissions-Policy feature the browser does not know.
 *
 * Contexts a test opens itself with `browser.newContext()` are watched as well.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Schemes that never reach a network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Name of the function the page calls for each violation. */
const REPORT = '__reportCspViolation';

/** Runs in every document before its own scripts: forwards each violation to the test. */
function listenForViolations(report: string): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    const call = (window as unknown as Record<string, (text: string) => void>)[report];
    call?.(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile || location.pathname}:${e.lineNumber} (${e.sample})`);
  });
}

export interface Guard {
  /** Requests that left the origin. */
  foreign: string[];
  /** CSP violations and refusals. */
  refused: string[];
  /** Starts watching `context` (and every page, frame and popup in it). */
  watch(context: BrowserContext): Promise<void>;
}

export function createGuard(origin: string): Guard {
  const foreign: string[] = [];
  const refused: string[] = [];
  const isForeign = (url: string) => {
    const parsed = new URL(url);
    return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== origin;
  };
  const watched = new WeakSet<BrowserContext>();
  return {
    foreign,
    refused,
    async watch(context) {
      if (watched.has(context)) return;
      watched.add(context);
      context.on('request', (request) => {
        if (isForeign(request.url())) foreign.push(request.url());
      });
      context.on('console', (message) => {
        const text = message.text();
        // Chromium's words for a blocked load or inline code, and for a header it cannot read.
        if (text.includes('Refused to') || text.startsWith('Error with Permissions-Policy header')) refused.push(`${message.page()?.url() ?? ''}: ${text}`);
      });
      const watchPage = (page: Page) => {
        page.on('websocket', (ws) => {
          if (isForeign(ws.url().replace(/^ws/, 'http'))) foreign.push(ws.url());
        });
      };
      context.on('page', watchPage);
      context.pages().forEach(watchPage);
      await context.exposeBinding(REPORT, ({ page }, text: string) => {
        refused.push(`${page?.url() ?? ''}: ${text}`);
      });
      await context.addInitScript(listenForViolations, REPORT);
    },
  };
}
