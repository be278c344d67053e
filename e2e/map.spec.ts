import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';

/** The interactive map has loaded its geometry and drawn `year`. */
async function mapShows(page: Page, year: number | string) {
  await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', String(year), { timeout: 20_000 });
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
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

  test('a year step shows that year’s markers, one tab stop among them, without rewriting a marker', async ({ page }) => {
    await page.goto('/?year=2006');
    await mapShows(page, 2006);
    const chebarkul = page.getByRole('button', { name: /^Peace Mission 2007, Chebarkul/ });
    await expect(page.getByRole('button', { name: /^Peace Mission 2005/ }).first()).toBeVisible({ timeout: 20_000 });
    await expect(chebarkul).toHaveCount(0);
    // Watch the marker layer: a step may move the tab stop, nothing else.
    await page.evaluate(() => {
      const layer = document.querySelector('[data-marker-layer]');
      const w = window as unknown as { __markerChanges: string[] };
      w.__markerChanges = [];
      new MutationObserver((records) => {
        for (const r of records) w.__markerChanges.push(r.type === 'attributes' ? (r.attributeName ?? '') : r.type);
      }).observe(layer as Node, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await mapShows(page, 2007);
    await expect(chebarkul).toHaveCount(1);
    await expect(chebarkul).toHaveAttribute('data-current');
    await page.keyboard.press('ArrowRight');
    await mapShows(page, 2008);
    await expect(chebarkul).toHaveCount(1);
    await expect(chebarkul).not.toHaveAttribute('data-current');
    const changes = await page.evaluate(() => (window as unknown as { __markerChanges: string[] }).__markerChanges);
    expect(changes.filter((c) => c !== 'tabindex')).toEqual([]);
    // One tab stop among the markers, and it is on one the reader can see.
    await expect(page.locator('[data-marker][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('[data-marker][tabindex="0"]')).toBeVisible();
  });

  test('a marker’s details open from the keyboard alone', async ({ page }) => {
    await page.goto('/?year=2007');
    await mapShows(page, 2007);
    await slider(page).focus();
    // Tab on until a marker holds focus (one tab stop for all markers).
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-marker') ?? false)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-marker'))).toBe(true);
    for (let i = 0; i < 60; i++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (name.startsWith('Peace Mission 2007, Chebarkul')) break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Peace Mission 2007, Chebarkul, Russia, August 2007');
    await expect(page.getByRole('tooltip')).toContainText('Peace Mission 2007');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Peace Mission 2007', level: 2 });
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(/sel=peace-mission-2007/);
    const details = page.locator('[data-details="peace-mission-2007"]');
    await expect(details).toContainText('Chebarkul');
    await expect(details).toContainText('Sources');
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(page.locator(':focus')).toHaveAttribute('data-event', 'peace-mission-2007');
  });

  test('searching for a state zooms to it and opens its details', async ({ page }) => {
    await page.goto('/?year=2024');
    await mapShows(page, 2024);
    const search = page.getByRole('combobox', { name: 'Find a state' });
    await search.fill('kyrg');
    await expect(page.getByRole('option', { name: 'Kyrgyzstan (KGZ)' })).toBeVisible();
    await search.press('Enter');
    await expect(page).toHaveURL(/focus=KGZ/);
    await expect(page).toHaveURL(/z=\d/);
    await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toBeVisible();
    const transform = await page.locator('.rsm-zoomable-group').getAttribute('transform');
    const k = Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1]);
    expect(k).toBeGreaterThan(3);

    await search.fill('IND');
    await search.press('Enter');
    await expect(page).toHaveURL(/focus=IND/);
  });

  test('finds a state by the names people type: a former name, an abbreviation, Russian, Chinese', async ({ page }) => {
    await page.goto('/?year=2024');
    await mapShows(page, 2024);
    const search = page.getByRole('combobox', { name: 'Find a state' });
    for (const [query, option] of [
      ['Burma', 'Myanmar (MMR)'],
      ['UAE', 'United Arab Emirates (ARE)'],
      ['Киргизия', 'Kyrgyzstan (KGZ)'],
      ['中国', 'China (CHN)'],
    ] as const) {
      await search.fill(query);
      await expect(page.getByRole('option', { name: option })).toBeVisible();
      await expect(page.getByText('1 matching state')).toBeAttached();
    }
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

test.describe('the wheel hint', () => {
  test('shows where the pointer is, not at the map’s foot', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 640 });
    await page.goto('/?year=2024');
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2024', { timeout: 20_000 });
    const map = page.locator('svg[data-map-year]');
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    const pointer = { x: box.x + box.width * 0.3, y: box.y + 120 };
    await page.mouse.move(pointer.x, pointer.y);
    await page.mouse.wheel(0, 40);
    const hint = page.getByText('Hold Ctrl (⌘ on a Mac) and scroll to zoom, or click the map first');
    await expect(hint).toBeInViewport();
    const at = await hint.boundingBox();
    if (!at) throw new Error('no hint');
    expect(Math.abs(at.y + at.height - pointer.y)).toBeLessThan(80);
  });
});
