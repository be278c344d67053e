import { expect, test } from '@playwright/test';
import { data } from '../locales/en/data';

const p = data.sourcesPage;
const SEED_TITLE = 'Security Cooperation of the Shanghai Cooperation Organization';

test.describe('/sources', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sources/');
  });

  test('gives each source an anchor, its publisher, date and a way to read it', async ({ page }) => {
    const seed = page.locator('article#seed');
    await expect(seed.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
    await expect(seed).toContainText('China International Studies');
    await expect(seed).toContainText('2021');
    // Sources with a web address link to it.
    const withUrl = page.getByRole('article').filter({ has: page.getByRole('link', { name: new RegExp(`^${p.open}`) }) });
    await expect.poll(() => withUrl.count()).toBeGreaterThan(10);
  });

  test('lists under the article the figures that cite it, linked to their rows on /data', async ({ page }) => {
    const seed = page.locator('article#seed');
    const summary = seed.locator('summary');
    await expect(summary).toHaveText(/Cited by \d+ figures/);
    const cited = Number((await summary.textContent())?.match(/\d+/)?.[0]);
    expect(cited).toBeGreaterThan(10);
    await summary.click();
    await expect(seed.getByText(data.datasets.exercises.title, { exact: true })).toBeVisible();
    const peaceMission = seed.getByRole('link', { name: 'Peace Mission 2007', exact: true }).first();
    await expect(peaceMission).toBeVisible();
    await expect(peaceMission).toHaveAttribute('href', '/data/exercises/#exercises-peace-mission-2007');

    await peaceMission.click();
    await expect(page).toHaveURL((url) => url.pathname === '/data/exercises/' && url.hash === '#exercises-peace-mission-2007', { timeout: 60_000 });
    await expect(page.locator('tr#exercises-peace-mission-2007')).toContainText('Peace Mission 2007');
  });

  test('lists contested figures with every claim and its source', async ({ page }) => {
    const section = page.getByRole('region', { name: p.contested });
    await expect(section.getByRole('heading', { level: 2, name: p.contested })).toBeVisible();
    // The RATS database: the article's 45,000 against the RATS Council chair's 4,500, listed once.
    const rats = section.getByRole('article').filter({ hasText: '45,000' });
    await expect(rats).toHaveCount(1);
    await expect(rats).toContainText('4,500');
    await expect(rats.getByRole('link', { name: SEED_TITLE })).toHaveAttribute('href', '#seed');
    expect(await rats.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
  });

  test('the contents link to the bibliography and the contested figures', async ({ page }) => {
    const contents = page.getByRole('navigation', { name: p.contents });
    await contents.getByRole('link', { name: p.contested }).click();
    await expect(page).toHaveURL(/#contested$/);
    await expect(page.getByRole('heading', { level: 2, name: p.contested })).toBeInViewport();
  });
});
