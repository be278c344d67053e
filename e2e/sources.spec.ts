import { expect, test, type Locator, type Page } from './support/test';
import { holdScripts } from './support/holdScripts';
import { data } from '../locales/en/data';
import { expectNoAxeViolations } from './support/axe';

const p = data.sourcesPage;
const SEED_TITLE = 'Security Cooperation of the Shanghai Cooperation Organization';
/** A news report in the middle of the bibliography. */
const MID_SOURCE = 'tass-2025-tianjin-partner-category';

/** The number a "Cited by 80 figures…" summary states. */
async function citedCount(summary: Locator): Promise<number> {
  await expect(summary).toHaveText(/^Cited by \d+ figures?/);
  return Number((await summary.textContent())?.match(/\d+/)?.[0]);
}

/** How far below the sticky header the element's top is, in CSS pixels. */
async function gapBelowHeader(page: Page, locator: Locator): Promise<number> {
  const header = await page.getByRole('banner').boundingBox();
  const box = await locator.boundingBox();
  if (!header || !box) throw new Error('header or element not laid out');
  return box.y - (header.y + header.height);
}

test.describe('/sources', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sources/');
  });

  test('gives each source an anchor, its publisher, date and a way to read it', async ({ page }) => {
    const seed = page.locator('article#seed');
    await expect(seed.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
    // Cited as readers cite the article: authors, journal, year, and the publisher's page, never a file of ours.
    await expect(seed).toContainText('Su Chang and Li Xinwei');
    await expect(seed).toContainText('China International Studies (English edition)');
    await expect(seed).toContainText('2021');
    await expect(seed.getByRole('heading').getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
    await expect(seed).not.toContainText(/\.txt|shared\//);
    // Sources on the web link to it from their title.
    const tass = page.locator(`article#${MID_SOURCE}`);
    const link = tass.getByRole('heading').getByRole('link');
    await expect(link).toHaveAttribute('href', /^https:\/\/tass\.com\//);
    await expect(tass).toContainText('tass.com');
    await expect(tass).toContainText('1 September 2025');
    const withUrl = page.getByRole('article').filter({ has: page.getByRole('heading').getByRole('link') });
    await expect.poll(() => withUrl.count()).toBeGreaterThan(150);
  });

  test('opening a source’s citations from the keyboard lists every figure, linked to its row', async ({ page }) => {
    const seed = page.locator('article#seed');
    const summary = seed.locator('summary');
    const cited = await citedCount(summary);
    expect(cited).toBeGreaterThan(10);
    await expect(summary).toContainText(`in ${data.datasets.exercises.title}`);
    // Closed, the list is not there: only the summary shows.
    await expect(seed.getByRole('link', { name: 'Peace Mission 2007', exact: true })).toBeHidden();

    await page.getByRole('navigation', { name: p.contents }).getByRole('link', { name: p.contested }).focus();
    // The article's title links to the journal; its citations follow.
    await page.keyboard.press('Tab');
    await expect(seed.getByRole('heading').getByRole('link')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');

    const datasetLink = seed.getByRole('link', { name: data.datasets.exercises.title, exact: true });
    await expect(datasetLink).toBeVisible();
    await expect(datasetLink).toHaveAttribute('href', '/data/exercises/');
    const peaceMission = seed.getByRole('link', { name: 'Peace Mission 2007', exact: true }).first();
    await expect(peaceMission).toBeVisible();
    await expect(peaceMission).toHaveAttribute('href', '/data/exercises/#exercises-peace-mission-2007');
    // With what the source says about it.
    const line = seed.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Peace Mission 2007', exact: true }) });
    await expect(line.first()).toContainText('In August 2007, the SCO member states held');
    // Every figure the summary counts is listed, each a link to a row of a table.
    await expect(seed.locator('a[href^="/data/"][href*="/#"]')).toHaveCount(cited);
    await expect(summary).toBeFocused();

    // Closing and opening again shows the list at once (it is loaded once per visit).
    await page.keyboard.press('Enter');
    await expect(peaceMission).toBeHidden();
    await page.keyboard.press('Space');
    await expect(peaceMission).toBeVisible();

    await peaceMission.click();
    await expect(page).toHaveURL((url) => url.pathname === '/data/exercises/' && url.hash === '#exercises-peace-mission-2007', { timeout: 60_000 });
    await expect(page.locator('tr#exercises-peace-mission-2007')).toContainText('Peace Mission 2007');
  });

  test('a source’s citations opened before the page has hydrated still list the figures', async ({ page }) => {
    // Hold the page's scripts back, open the list as the browser alone can, then let them run.
    const release = await holdScripts(page);
    await page.goto('/sources/', { waitUntil: 'commit' });
    const seed = page.locator('article#seed');
    await seed.locator('summary').click();
    await expect(seed).toContainText(p.citationsInTables);
    release();
    await expect(seed.getByRole('link', { name: 'Peace Mission 2007', exact: true }).first()).toBeVisible();
  });

  test('another source’s citations say from which datasets, and list its figures', async ({ page }) => {
    const tass = page.locator(`article#${MID_SOURCE}`);
    const summary = tass.locator('summary');
    const cited = await citedCount(summary);
    await expect(summary).toContainText(`in ${data.datasets.states.title}`);
    await expect(summary).toContainText(`in ${data.datasets.milestones.title}`);
    await summary.click();
    await expect(tass.locator('a[href^="/data/"][href*="/#"]')).toHaveCount(cited);
    await expect(tass.getByRole('link', { name: 'Laos', exact: true }).first()).toHaveAttribute('href', '/data/states/#states-LAO');
  });

  test('a link from a data row (/sources/#<id>) lands on its source, just below the header', async ({ page }) => {
    // The first source of a group (right after its heading), one in the middle, and the last.
    const articles = page.locator('article[id]');
    const count = await articles.count();
    const firstNews = await page.locator('section[aria-labelledby="kind-news"] article').first().getAttribute('id');
    const middle = await articles.nth(Math.floor(count / 2)).getAttribute('id');
    const last = await articles.last().getAttribute('id');
    for (const id of [firstNews, middle, last]) {
      await page.goto('about:blank');
      await page.goto(`/sources/#${id}`, { waitUntil: 'networkidle' });
      const article = page.locator(`article#${id}`);
      await expect(page.locator(':target')).toHaveId(id ?? '');
      await expect(article.getByRole('heading')).toBeInViewport();
      // Still there once the page has hydrated and the fonts have loaded: not under the header, not scrolled past.
      await page.waitForTimeout(500);
      const gap = await gapBelowHeader(page, article);
      expect(gap, id ?? '').toBeGreaterThanOrEqual(0);
      expect(gap, id ?? '').toBeLessThan(40);
    }
  });

  test('lists the contested figures by name, each linking to all its claims', async ({ page }) => {
    const section = page.getByRole('region', { name: p.contested });
    await expect(section.getByRole('heading', { level: 2, name: p.contested })).toBeVisible();
    const index = section.getByRole('list', { name: p.contestedIndexLabel });
    const count = await index.getByRole('link').count();
    expect(count).toBeGreaterThan(10);
    await expect(section.getByRole('link', { name: `Every claim of the ${count} contested figures, with its source` })).toHaveAttribute(
      'href',
      '/sources/contested/',
    );

    // The RATS database: the article's 45,000 against the RATS Council chair's 4,500, listed once.
    const rats = index.getByRole('link', { name: /45,000/ });
    await expect(rats).toHaveCount(1);
    await rats.click();
    await expect(page).toHaveURL((url) => url.pathname === '/sources/contested/' && url.hash.startsWith('#ratsFigures-'));
    const figure = page.locator(':target');
    await expect(figure).toBeInViewport();
    await expect(figure).toContainText('45,000');
    await expect(figure).toContainText('4,500');
    await expect(figure.getByRole('link', { name: SEED_TITLE })).toHaveAttribute('href', '/sources/#seed');
  });

  test('the contents link to the bibliography and the contested figures', async ({ page }) => {
    const contents = page.getByRole('navigation', { name: p.contents });
    await contents.getByRole('link', { name: p.contested }).click();
    await expect(page).toHaveURL(/#contested$/);
    await expect(page.getByRole('heading', { level: 2, name: p.contested })).toBeInViewport();
  });

  for (const theme of ['light', 'dark', 'projector'] as const) {
    test(`passes axe in the ${theme} theme with a source’s citations open`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.evaluate((t) => localStorage.setItem('sco-atlas-theme', t), theme);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.locator('article#seed summary').click();
      await expect(page.locator('article#seed').getByRole('link', { name: 'Peace Mission 2007', exact: true }).first()).toBeVisible();
      await expectNoAxeViolations(page, theme);
    });
  }
});

test.describe('/sources/contested/', () => {
  test('shows every contested figure with every claim and its source', async ({ page }) => {
    await page.goto('/sources/');
    const names = await page.getByRole('list', { name: p.contestedIndexLabel }).getByRole('link').allTextContents();
    await page.goto('/sources/contested/');
    await expect(page.getByRole('heading', { level: 1, name: p.contested })).toBeVisible();
    const figures = page.getByRole('article');
    await expect(figures).toHaveCount(names.length);
    for (const figure of await figures.all()) {
      // Two versions at least, each naming its source with a link to it in the bibliography.
      const claims = figure.getByRole('list').getByRole('listitem');
      expect(await claims.count()).toBeGreaterThanOrEqual(2);
      for (const claim of await claims.all()) await expect(claim.getByRole('link').first()).toHaveAttribute('href', /^\/sources\/#/);
    }
    await page.getByRole('link', { name: p.backToSources }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/sources/');
  });

  for (const theme of ['light', 'dark', 'projector'] as const) {
    test(`passes axe in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript((t) => localStorage.setItem('sco-atlas-theme', t), theme);
      await page.goto('/sources/contested/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolations(page, theme);
    });
  }
});

test.describe('/sources without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an opened list of citations links to the tables that hold the figures', async ({ page }) => {
    await page.goto('/sources/');
    const seed = page.locator('article#seed');
    await seed.locator('summary').click();
    await expect(seed).toContainText(p.citationsInTables);
    for (const id of ['states', 'exercises', 'milestones'] as const) {
      await expect(seed.getByRole('link', { name: data.datasets[id].title, exact: true })).toHaveAttribute('href', `/data/${id}/`);
    }
    // The contested figures are a plain page.
    await page.getByRole('link', { name: /^Every claim of the \d+ contested figures/ }).click();
    await expect(page.getByRole('article').filter({ hasText: '45,000' })).toContainText('4,500');
  });
});
