import { expect, hydrated, test, type APIRequestContext, type Page } from './support/test';
import { present } from '../locales/en/present';
import { shell } from '../locales/en/shell';
import { expectNoAxeViolations } from './support/axe';

const NAV = [
  { name: shell.nav.charts, path: '/charts/', heading: 'Charts' },
  { name: shell.nav.data, path: '/data/', heading: 'Data' },
  { name: shell.nav.sources, path: '/sources/', heading: 'Sources' },
  { name: shell.nav.dashboard, path: '/', heading: undefined },
] as const;

const themeButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Theme:/ });

test.describe('header navigation', () => {
  test('reaches every page by its link and marks the current one', async ({ page }) => {
    await page.goto('/sources/contested/');
    const nav = page.getByRole('navigation', { name: shell.nav.label });
    for (const item of NAV) {
      await nav.getByRole('link', { name: item.name, exact: true }).click();
      // Generous: a dev server compiles a page on its first visit.
      await expect(page).toHaveURL((url) => url.pathname === item.path, { timeout: 60_000 });
      await expect(nav.getByRole('link', { name: item.name, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
      if (item.heading) await expect(page.getByRole('heading', { level: 1, name: item.heading })).toBeVisible();
    }
    // Briefing mode is full screen, without the site's header: its link leaves the site's pages.
    await nav.getByRole('link', { name: shell.nav.briefing, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/present/', { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1, name: present.metadata.title })).toBeAttached();
    await expect(page.getByRole('group', { name: present.deck.toolbar })).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
  });

  test('names the product and links it home', async ({ page }) => {
    await page.goto('/sources/');
    await page.getByRole('banner').getByRole('link', { name: shell.productName }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
  });

  test('shows how current the data is and the boundaries note in the footer', async ({ page }) => {
    await page.goto('/data/');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(/Data as of (\d{1,2} )?([A-Z][a-z]+ )?\d{4}/);
    await expect(footer).toContainText('do not imply official endorsement');
    await expect(footer).toContainText('Kashmir and Aksai Chin');
  });
});

test.describe('skip link', () => {
  test('is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/data/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: shell.skipLink });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The address bar keeps no #main: a link copied from it is the page, not a skip.
    expect(new URL(page.url()).hash).toBe('');
    // The next Tab lands inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false);
    expect(inMain).toBe(true);
  });
});

test.describe('loading', () => {
  // The page is read first: its scripts are requested only once its content has been painted,
  // so a slow phone does not run React before showing the text (scripts/lib/paintFirst.ts).
  for (const path of ['/', '/data/', '/sources/', '/charts/', '/charts/membership/']) {
    test(`${path} paints its content before requesting its scripts, then becomes interactive`, async ({ page }) => {
      await page.goto(path);
      const timing = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const scripts = performance.getEntriesByType('resource').filter((r) => r.name.includes('/_next/static/chunks/') && r.name.endsWith('.js'));
        return { paint: paint?.startTime ?? null, firstScript: Math.min(...scripts.map((r) => r.startTime)), scripts: scripts.length };
      });
      expect(timing.paint).not.toBeNull();
      expect(timing.scripts).toBeGreaterThan(0);
      expect(timing.firstScript).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
      // Hydrated: the theme menu opens.
      await themeButton(page).click();
      await expect(page.getByRole('menu')).toBeVisible();
    });
  }

  // Half of each page's bytes were React's data for hydration, inline; it is now the file Next exports
  // beside the page, fetched after the first paint (scripts/lib/pageData.ts).
  for (const path of ['/', '/ru/charts/membership/', '/present/', '/zh/data/exercises/']) {
    test(`${path} carries no React data inline, fetches its own after the first paint and becomes interactive`, async ({ page, request }) => {
      const served = await (await request.get(path)).text();
      expect(served).not.toMatch(/__next_f\.push\(\[1,/);
      expect(served).toContain(`data-page="${path}index.txt"`);
      const dataFile = `${path}index.txt`;
      const data = page.waitForResponse((r) => new URL(r.url()).pathname === dataFile);
      await page.goto(path);
      expect((await data).status()).toBe(200);
      const timing = await page.evaluate((file) => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const fetched = performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname === file);
        return { paint: paint?.startTime ?? null, fetched: fetched?.startTime ?? null };
      }, dataFile);
      expect(timing.paint).not.toBeNull();
      expect(timing.fetched).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
      await expect(page.locator('html[data-hydrated]')).toBeAttached();
    });
  }

  test('a page whose data does not load stays as it was served: readable, its links working', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/index.txt', (route) => route.abort());
    await page.goto('/charts/', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
    await page.waitForTimeout(1000);
    await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
    await page.getByRole('navigation', { name: shell.nav.label }).getByRole('link', { name: shell.nav.data, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('styles', () => {
  // Each page is served with the CSS of what it shows, not the whole site's (next.config.js: Turbopack's
  // graph CSS chunking); a page reached by a link is given what it lacks.
  const inlineCss = async (request: APIRequestContext, path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  // Rules of the deck's hand-out (components/present) and of the data pages' source links (views/data).
  const deckRule = /\.[\w-]+_handout\b/;
  const dataRule = /\.[\w-]+_externalIcon\b/;

  test("a page carries its own components' styles and not those of other pages", async ({ request }) => {
    expect(await inlineCss(request, '/present/')).toMatch(deckRule);
    expect(await inlineCss(request, '/data/')).toMatch(dataRule);
    for (const path of ['/', '/404/', '/charts/membership/', '/sources/', '/ru/']) {
      const css = await inlineCss(request, path);
      expect(css.length, path).toBeGreaterThan(0);
      expect(css, path).not.toMatch(deckRule);
      expect(css, path).not.toMatch(dataRule);
    }
  });

  // What a reader would see: the page reached by a link looks as it does when opened by its address.
  const PROPS = ['display', 'position', 'font-size', 'font-weight', 'grid-template-columns', 'margin-top', 'padding-left', 'border-top-width'];
  const look = (page: Page) =>
    page.evaluate(
      (props) =>
        Array.from(document.querySelectorAll('main *'))
          .slice(0, 600)
          .map((el) => `${el.tagName} ${props.map((p) => getComputedStyle(el).getPropertyValue(p)).join(' ')}`),
      PROPS,
    );
  const settle = async (page: Page) => {
    await hydrated(page);
    await page.waitForLoadState('networkidle');
  };
  for (const [name, path] of [
    [shell.nav.data, '/data/'],
    [shell.nav.sources, '/sources/'],
    [shell.nav.charts, '/charts/'],
    [shell.nav.briefing, '/present/'],
  ] as const) {
    test(`${path} reached by its link from the dashboard looks as when opened by its address`, async ({ page }) => {
      await page.goto('/');
      await settle(page);
      await page.getByRole('navigation', { name: shell.nav.label }).getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL((url) => url.pathname === path);
      await settle(page);
      const reached = await look(page);
      await page.goto(path);
      await settle(page);
      const opened = await look(page);
      expect(reached.length).toBeGreaterThan(10);
      expect(reached).toEqual(opened);
    });
  }
});

test.describe('theme switch', () => {
  test('applies a chosen theme and remembers it across a reload', async ({ page }) => {
    await page.goto('/data/');
    await themeButton(page).click();
    await page.getByRole('menuitemradio', { name: shell.theme.dark }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(themeButton(page)).toBeFocused();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(themeButton(page)).toHaveAccessibleName(`Theme: ${shell.theme.dark}`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 20, 26)');
  });

  test('applies the stored theme before first paint', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('sco-atlas-theme', 'projector'));
    // Read the attribute as soon as the body exists, before any React code runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { firstTheme?: string | null }).firstTheme = document.documentElement.getAttribute('data-theme');
        }
      });
    });
    await page.goto('/sources/');
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string | null }).firstTheme)).toBe('projector');
  });

  test('follows the device when set to System', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/charts/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Once the menu opens the page is interactive, so the switch is listening to the device.
    await themeButton(page).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(themeButton(page)).toHaveAccessibleName(`Theme: ${shell.theme.system}`);
  });

  test('works from the keyboard: arrows move, Enter chooses, Escape closes', async ({ page }) => {
    await page.goto('/charts/');
    await expect(themeButton(page)).toHaveAccessibleName(`Theme: ${shell.theme.system}`);
    await themeButton(page).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(page.getByRole('menuitemradio', { name: shell.theme.system })).toBeFocused();
    await expect(page.getByRole('menuitemradio', { name: shell.theme.system })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitemradio', { name: shell.theme.projector })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitemradio', { name: shell.theme.system })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(themeButton(page)).toBeFocused();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'projector');

    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitemradio', { name: shell.theme.projector })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await expect(themeButton(page)).toBeFocused();
    await expect(themeButton(page)).toHaveAccessibleName(`Theme: ${shell.theme.projector}`);
  });
});

test.describe('accessibility (axe)', () => {
  for (const path of ['/data/', '/sources/']) {
    for (const theme of ['light', 'dark', 'projector'] as const) {
      // Every rule in the light theme; the other themes change only colours, so check contrast there.
      test(`${path} in the ${theme} theme has no violations`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.addInitScript((t) => localStorage.setItem('sco-atlas-theme', t), theme);
        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page, theme);
      });
    }
  }
});
