/**
 * Issue #19's hardening, as a reader's browser sees it: every page of the built site runs under a
 * strict Content-Security-Policy (scripts and styles by hash, never 'unsafe-inline') with nothing
 * refused, in the light and the dark theme, with JavaScript on, including an export; and the
 * server sends the security, caching and content-type headers for each kind of file.
 *
 * Nothing refused and nothing fetched from elsewhere is checked by every test (support/guard.ts);
 * the first tests here prove that check can fail.
 */
import { readFile } from 'node:fs/promises';
import { builtRoutes, NOT_FOUND_PATH } from './support/routes';
import { expect, test, type Page } from './support/test';

/** Every English page of the built site and a sample of each kind in Russian and Chinese (support/routes.ts). */
const PAGES = builtRoutes().filter((route) => route !== NOT_FOUND_PATH);
const THEMES = ['light', 'dark'] as const;

async function cspOf(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return (await response?.headerValue('content-security-policy')) ?? '';
}

test.describe('the guard every test runs under', () => {
  test('an inline style the policy does not list is reported as refused', async ({ page, guard }) => {
    await page.goto('/charts/');
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { outline: 1px solid red }' })));
    await expect.poll(() => guard.refused.length).toBe(1);
    expect(guard.refused[0]).toContain('style-src');
    guard.refused.length = 0;
  });

  test('a request to another origin is reported', async ({ page, guard }) => {
    await page.route('http://elsewhere.invalid/**', (route) => route.abort());
    await page.goto('/charts/');
    await page.evaluate(() => fetch('http://elsewhere.invalid/x').catch(() => undefined));
    // connect-src 'self' refuses it before it is sent; the guard sees the attempt either way.
    await expect.poll(() => guard.foreign.length + guard.refused.length).toBeGreaterThan(0);
    guard.foreign.length = 0;
    guard.refused.length = 0;
  });
});

for (const theme of THEMES) {
  test(`every page runs its scripts and styles under a strict policy, ${theme} theme`, async ({ page, guard }) => {
    test.setTimeout(240_000);
    expect(PAGES.length, 'pages found in out/').toBeGreaterThan(20);
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript((t) => {
      localStorage.setItem('sco-atlas-theme', t);
      localStorage.setItem('sco-atlas-deck-theme', t);
    }, theme);
    for (const path of PAGES) {
      // The embeds take their theme (and the slide layout the deck shows) from the query.
      const policy = await cspOf(page, /^(\/(ru|zh))?\/embed\//.test(path) ? `${path}?theme=${theme}&layout=slide` : path);
      expect(policy, path).toMatch(/script-src 'self' 'sha256-/);
      expect(policy, path).not.toContain('unsafe-inline');
      expect(policy, path).not.toContain('unsafe-eval');
      // goto waited for hydration: the hashed scripts ran.
      await expect(page.locator('html'), path).toHaveAttribute('data-hydrated', /.*/);
      await expect(page.locator('html'), path).toHaveAttribute('data-theme', theme);
      expect(guard.refused, path).toEqual([]);
    }
  });
}

test("a state's details, which check the records they load, refuse nothing", async ({ page, guard }) => {
  // The details panel validates each record with zod, which must not try to compile code.
  await page.goto('/?year=2017&focus=KGZ');
  await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toBeVisible();
  // Its records have arrived and been checked.
  await page.waitForLoadState('networkidle');
  expect(guard.refused).toEqual([]);
});

test('exporting a PNG and opening the export menus refuses nothing', async ({ page, guard }) => {
  await page.goto('/charts/terrorism-2020/');
  await page.getByRole('button', { name: 'Export chart' }).click();
  const item = page.getByRole('menuitem', { name: /^PNG 1× / });
  await expect(item).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG was saved').toBe('PNG');
  // Client-side navigation brings another page's CSS into this document, under this page's policy.
  await page.locator('header nav a[href="/"]').first().click();
  await expect(page).toHaveURL(/\/(\?.*)?$/);
  const exportButton = page.getByRole('button', { name: /^Export/ }).first();
  await exportButton.click();
  await expect(page.getByRole('menuitem').first()).toBeVisible();
  expect(guard.refused).toEqual([]);
});

test('only the chart embeds may be framed, and only by the site', async ({ page }) => {
  expect(await cspOf(page, '/embed/map/')).toContain("frame-ancestors 'self'");
  expect(await cspOf(page, '/')).toContain("frame-ancestors 'none'");
  expect(await cspOf(page, '/present/')).toContain("frame-ancestors 'none'");
});
