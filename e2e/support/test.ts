/**
 * Playwright's `test` and `expect`, with two changes. Every spec imports them from here (an ESLint
 * rule refuses '@playwright/test' in a spec).
 *
 * 1. Every test fails on a request that leaves the site's origin or on anything the
 *    Content-Security-Policy refuses (./guard.ts).
 * 2. `page.goto` and `page.reload` return once
 * the page is interactive, not merely loaded. Pages paint before their scripts load
 * (scripts/lib/paintFirst.ts), so the `load` event can come before React has hydrated; a click
 * in that moment would do nothing, as it would for a reader. `about:` pages, pages without JavaScript, and
 * navigations that ask for an earlier moment (`waitUntil: 'commit'` or `'domcontentloaded'`, for
 * tests of the page before hydration), return as Playwright's do.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { createGuard, type Guard } from './guard';

export { expect };
export type { APIRequestContext, Locator, Page } from '@playwright/test';

type WaitUntil = 'load' | 'domcontentloaded' | 'networkidle' | 'commit';

/** Whether a navigation that waits for `waitUntil` should also wait for hydration. */
const waitsForHydration = (waitUntil: WaitUntil | undefined) => waitUntil !== 'commit' && waitUntil !== 'domcontentloaded';

/** Waits for `data-hydrated` on <html> (components/shell/HydrationMark.tsx). */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export const test = base.extend<{ guard: Guard }>({
  // Every test fails on a request leaving the site or a Content-Security-Policy violation (./guard.ts).
  guard: [
    async ({ baseURL, browser }, provide) => {
      const guard = createGuard(new URL(baseURL ?? 'http://127.0.0.1').origin);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const context = await newContext.apply(browser, args);
        await guard.watch(context);
        return context;
      };
      try {
        await provide(guard);
      } finally {
        browser.newContext = newContext;
      }
      expect(guard.foreign, 'requests that left the site').toEqual([]);
      expect(guard.refused, 'refused by the Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, guard }, provide) => {
    await guard.watch(context);
    await provide(context);
  },
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (!url.startsWith('about:') && waitsForHydration(options?.waitUntil)) await hydrated(page);
        return response;
      };
      page.reload = async (options) => {
        const response = await reload(options);
        if (waitsForHydration(options?.waitUntil)) await hydrated(page);
        return response;
      };
    }
    await provide(page);
  },
});
