/**
 * The map explorer on /: what it shows for a year, its layers and exercise kinds (the legend's
 * counts, the slider, the toggles), its view kept in and read from the URL (deep links, hostile
 * query strings, a year set by someone else), the map at every moment of loading (before
 * JavaScript, then the outline, then the interactive map), and axe. Finding and reaching things
 * on it (markers by keyboard, the search, the wheel) is e2e/mapNavigation.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { mapShows, slider } from './support/mapExplorer';

const legendStatuses = (page: Page, year: number | string) => page.getByRole('list', { name: `Status in ${year}` });

async function legendCount(page: Page, year: number, label: string): Promise<string> {
  const item = legendStatuses(page, year).getByRole('listitem').filter({ hasText: label });
  return (await item.innerText()).replace(label, '').trim();
}

function collectErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    // React's development-only warnings (they link to react.dev) do not exist in the built site.
    if (msg.type() === 'error' && !msg.text().includes('react.dev/link/')) problems.push(`console: ${msg.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

test.describe('map explorer on /', () => {
  test('the legend counts the Shanghai Five in 1996 and the members in 2001, 2017 and 2024', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/?year=1996');
    await mapShows(page, 1996);
    expect(await legendCount(page, 1996, 'Shanghai Five')).toBe('5');

    await slider(page).focus();
    let year = 1996;
    for (const [target, members] of [
      [2001, '6'],
      [2017, '8'],
      [2024, '10'],
    ] as const) {
      for (; year < target; year++) await page.keyboard.press('ArrowRight');
      await mapShows(page, target);
      expect(await legendCount(page, target, 'Members')).toBe(members);
    }
    // The same counts from a link straight to the year.
    await page.goto('/?year=2017');
    await mapShows(page, 2017);
    expect(await legendCount(page, 2017, 'Members')).toBe('8');
  });

  test('the year slider moves with the keyboard and the map follows', async ({ page }) => {
    await page.goto('/?year=2000');
    await mapShows(page, 2000);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await mapShows(page, 2001);
    expect(await legendCount(page, 2001, 'Members')).toBe('6');
    await expect(page).toHaveURL(/year=2001/);
    await page.keyboard.press('Home');
    await mapShows(page, 1996);
    await page.keyboard.press('End');
    await mapShows(page, (await slider(page).getAttribute('aria-valuemax')) ?? '');
  });

  test('each layer toggle hides and shows its layer, and is kept in the URL', async ({ page }) => {
    await page.goto('/?year=2007');
    await mapShows(page, 2007);
    const pm2007 = page.getByRole('button', { name: /^Peace Mission 2007, Chebarkul, Russia/ });
    await expect(pm2007).toHaveCount(1);

    const exercises = page.getByRole('button', { name: 'Exercises', exact: true });
    await exercises.click();
    await expect(exercises).toHaveAttribute('aria-pressed', 'false');
    await expect(pm2007).toHaveCount(0);
    await expect(page).toHaveURL(/layers=members,incidents,capitals/);
    await exercises.click();
    await expect(pm2007).toHaveCount(1);

    await page.goto('/?year=2020');
    await mapShows(page, 2020);
    const galwan = page.getByRole('button', { name: /^Galwan Valley clash/ });
    await expect(galwan).toHaveCount(1);
    await page.getByRole('button', { name: 'Incidents', exact: true }).click();
    await expect(galwan).toHaveCount(0);

    const capitals = page.locator('[data-capital]');
    expect(await capitals.count()).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Capitals', exact: true }).click();
    await expect(capitals).toHaveCount(0);

    const kyrgyzstan = page.getByRole('button', { name: 'Kyrgyzstan, member' });
    await expect(kyrgyzstan).toHaveAttribute('fill', /status-member/);
    await page.getByRole('button', { name: 'Members', exact: true }).click();
    await expect(kyrgyzstan).toHaveAttribute('fill', /status-none/);
    await expect(page).toHaveURL(/layers=exercises(&|$)/);
  });

  test('the kind filter hides exercises of the kinds switched off', async ({ page }) => {
    await page.goto('/?year=2019');
    await mapShows(page, 2019);
    const military = page.getByRole('button', { name: /^Peace Mission 2018/ });
    await expect(military).toHaveCount(1);
    await page.getByRole('group', { name: 'Exercise kinds' }).getByRole('button', { name: 'Military' }).click();
    await expect(military).toHaveCount(0);
    await expect(page).toHaveURL(/kinds=lawEnforcement,cyber,borderOperation/);
  });

  test('a deep link reproduces its view, and the view it writes back reproduces it again', async ({ page }) => {
    const link = '/?year=2017&layers=members,exercises&kinds=military&focus=KGZ&z=2&c=70.5,42.1';
    await page.goto(link);
    await mapShows(page, 2017);
    await expect(slider(page)).toHaveValue('2017');
    await expect(page.getByRole('button', { name: 'Incidents', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('group', { name: 'Exercise kinds' }).getByRole('button', { name: 'Cyber' })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toBeVisible();
    await expect(page.locator('.rsm-zoomable-group')).toHaveAttribute('transform', /scale\(2\)/);

    await page.getByRole('button', { name: 'List view' }).click();
    await expect(page).toHaveURL(/view=list/);
    const written = page.url();
    await page.goto(written);
    await expect(page.getByRole('table', { name: 'States with an SCO status in 2017' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'List view' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('z')).toBe('2');
  });

  test('hostile query strings fall back to the default view without an error', async ({ page }) => {
    const problems = collectErrors(page);
    await page.goto('/?year=abc&layers=%3Cscript%3Ealert(1)%3C%2Fscript%3E&focus=..%2F..%2Fetc&z=1e309&c=NaN,1e999&sel=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&kinds=;DROP&view=javascript:alert(1)');
    const max = (await slider(page).getAttribute('aria-valuemax')) ?? '';
    await mapShows(page, max);
    await expect(slider(page)).toHaveValue(max);
    await expect(legendStatuses(page, max)).toBeVisible();
    for (const layer of ['Members', 'Exercises', 'Incidents', 'Capitals']) {
      await expect(page.getByRole('button', { name: layer, exact: true })).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(page.locator('[data-details]')).toHaveCount(0);
    await expect(page.locator('.rsm-zoomable-group')).toHaveAttribute('transform', /scale\(1\)/);

    // The address bar says what is shown: the bad values are gone, the year is the one on screen.
    await expect(page).toHaveURL((url) => url.search === `?year=${max}`);

    await page.goto('/?year=99999');
    await mapShows(page, max);
    await expect(page).toHaveURL((url) => url.searchParams.get('year') === max);
    await page.goto('/?year=2017&year=2003&focus=KGZ');
    await mapShows(page, 2017);
    await expect(page).toHaveURL((url) => url.searchParams.getAll('year').join() === '2017' && url.searchParams.get('focus') === 'KGZ');
    expect(problems).toEqual([]);
  });

  test('the page shows the map outline and the default year before JavaScript runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('svg[data-static-outline]').first()).toBeVisible();
    const year = await page.locator('svg[data-static-outline]').first().getAttribute('data-static-outline');
    await expect(slider(page)).toHaveValue(year ?? '');
    await expect(legendStatuses(page, year ?? '')).toBeVisible();
    await context.close();
  });

  test('the map area shows a map at every frame while the page loads: the outline, then the interactive map', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { mapFrames: number; mapGaps: number };
      w.mapFrames = 0;
      w.mapGaps = 0;
      const check = () => {
        const area = document.getElementById('map-export');
        if (area) {
          w.mapFrames++;
          if (!area.querySelector('svg[data-static-outline], svg[data-map-year]')) w.mapGaps++;
        }
        if (!document.querySelector('svg[data-map-year]')) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto('/?year=2005');
    await mapShows(page, 2005);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { mapFrames: number; mapGaps: number };
      return { mapFrames: w.mapFrames, mapGaps: w.mapGaps };
    });
    expect(seen.mapFrames).toBeGreaterThan(0);
    expect(seen.mapGaps).toBe(0);
    expect(await legendCount(page, 2005, 'Members')).toBe('6');
  });

  test('the map follows a year set by someone else through the URL', async ({ page }) => {
    await page.goto('/?year=2010');
    await mapShows(page, 2010);
    await page.evaluate(() => {
      const url = new URL(window.location.href);
      url.searchParams.set('year', '2017');
      window.history.replaceState(null, '', url.toString());
    });
    await mapShows(page, 2017);
    await expect(slider(page)).toHaveValue('2017');
  });

  test('the map, its details and the list view pass axe', async ({ page }) => {
    test.setTimeout(120_000);
    for (const link of ['/?year=2017', '/?year=2017&sel=peace-mission-2007', '/?year=2022&view=list&focus=KGZ']) {
      await page.goto(link);
      await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', /\d{4}/, { timeout: 20_000 });
      const result = await new AxeBuilder({ page }).include('section[aria-labelledby="map-heading"]').analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), link).toEqual([]);
    }
  });
});
