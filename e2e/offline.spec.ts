import { expect, test } from './support/test';

/** Every top-level page; chart pages are reached from /charts/. Briefing mode has no site header. */
const PAGES = ['/', '/data/', '/sources/', '/charts/'];
const DECK_PAGES = ['/present/', '/present/presenter/', '/present/edit/'];

for (const path of [...PAGES, ...DECK_PAGES]) {
  test(`${path} loads everything from its own origin and logs no errors`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    if (PAGES.includes(path)) await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    expect(foreign).toEqual([]);
    expect(problems.filter((p) => !p.includes('[HMR]') && !p.includes('Download the React DevTools'))).toEqual([]);
  });
}

test('chart pages linked from /charts/ load without errors', async ({ page }) => {
  await page.goto('/charts/');
  const links = await page.getByRole('main').getByRole('link').evaluateAll((as) =>
    as.map((a) => a.getAttribute('href') ?? '').filter((h) => h.startsWith('/charts/') && h !== '/charts/'),
  );
  expect(links.length).toBeGreaterThanOrEqual(5);
  for (const href of new Set(links)) {
    const problems: string[] = [];
    const onConsole = (msg: { type(): string; text(): string }) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
    };
    page.on('console', onConsole);
    const res = await page.goto(href, { waitUntil: 'networkidle' });
    expect(res?.status(), href).toBe(200);
    await expect(page.getByRole('figure').first(), href).toBeVisible();
    page.off('console', onConsole);
    expect(problems, href).toEqual([]);
  }
});
