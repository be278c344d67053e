import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './support/test';
import { data } from '../locales/en/data';
import { shell } from '../locales/en/shell';
import { parseCsv } from './support/csv';
import { expectNoAxeViolations } from './support/axe';

const DATASET_IDS = ['sources', 'states', 'exercises', 'incidents', 'terrorismStats', 'ratsFigures', 'milestones'] as const;
type DatasetId = (typeof DATASET_IDS)[number];

function datasetTable(page: Page, title: string): Locator {
  return page.getByRole('table', { name: title });
}

function indexEntry(page: Page, id: DatasetId): Locator {
  return page.getByRole('region', { name: data.datasets[id].title, exact: true });
}

async function columnTexts(table: Locator, header: string): Promise<string[]> {
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return table.locator(`tbody tr > :nth-child(${index + 1})`).allTextContents();
}

async function download(page: Page, scope: Locator, label: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), scope.getByRole('link', { name: label }).click()]);
  return readFile(await file.path(), 'utf8');
}

/** The record count an index entry states: "180 records" → 180. */
async function statedCount(entry: Locator): Promise<number> {
  const text = await entry.getByText(/^\d+ records?$/).textContent();
  return Number(text?.match(/\d+/)?.[0]);
}

test.describe('/data: the index of datasets', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/data/');
  });

  test('lists every dataset with its description, record count and a link to its table', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: data.page.title })).toBeVisible();
    for (const id of DATASET_IDS) {
      const info = data.datasets[id];
      const entry = indexEntry(page, id);
      await expect(entry, id).toHaveAttribute('id', id);
      await expect(entry.getByRole('heading', { level: 2, name: info.title })).toBeVisible();
      await expect(entry).toContainText(info.description);
      expect(await statedCount(entry), id).toBeGreaterThan(0);
      await expect(entry.getByRole('link', { name: `View table of ${info.title}` })).toHaveAttribute('href', `/data/${id}/`);
    }
    // The index is light: no dataset's table is on it.
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('states counts that match the downloads, and the downloads parse', async ({ page }) => {
    for (const id of ['exercises', 'ratsFigures'] as const) {
      const title = data.datasets[id].title;
      const entry = indexEntry(page, id);
      const count = await statedCount(entry);
      const [header, ...records] = parseCsv(await download(page, entry, `Download ${title} as CSV`));
      expect(header?.length, `${id} CSV columns`).toBeGreaterThan(3);
      expect(records, `${id} CSV rows`).toHaveLength(count);
      for (const r of records) expect(r).toHaveLength(header?.length ?? 0);
      // The JSON holds the full records (claims, coordinates, quotes), one per table row.
      const json: unknown = JSON.parse(await download(page, entry, `Download ${title} as JSON`));
      expect(Array.isArray(json), `${id} JSON is a list of records`).toBe(true);
      expect(json, `${id} JSON records`).toHaveLength(count);
    }
  });

  test('keeps each dataset’s anchor: /data/#exercises lands on its entry', async ({ page }) => {
    // Opened from elsewhere (a bookmark, a briefing's link): a fresh load of the index with the anchor.
    await page.goto('about:blank');
    await page.goto('/data/#incidents');
    await expect(indexEntry(page, 'incidents')).toBeInViewport();
    await expect(page).toHaveURL((url) => url.pathname === '/data/' && url.hash === '#incidents');
  });

  test('sends an old link to a row (when /data held every table) on to the row’s page', async ({ page }) => {
    // Opened from elsewhere, as a bookmark or a link in a briefing would be.
    await page.goto('about:blank');
    await page.goto('/data/#exercises-peace-mission-2007');
    await expect(page).toHaveURL((url) => url.pathname === '/data/exercises/' && url.hash === '#exercises-peace-mission-2007');
    await expect(page.locator('tr#exercises-peace-mission-2007')).toBeInViewport();
  });

  test('opens a dataset’s table page from its entry', async ({ page }) => {
    await indexEntry(page, 'milestones').getByRole('link', { name: `View table of ${data.datasets.milestones.title}` }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/data/milestones/');
    await expect(page.getByRole('heading', { level: 1, name: data.datasets.milestones.title })).toBeVisible();
  });
});

test.describe('/data/<id>: one dataset’s table', () => {
  test('every dataset has a page with its title, a captioned table as long as the index says, and the way back', async ({ page }) => {
    await page.goto('/data/');
    const counts = new Map<DatasetId, number>();
    for (const id of DATASET_IDS) counts.set(id, await statedCount(indexEntry(page, id)));

    for (const id of DATASET_IDS) {
      const title = data.datasets[id].title;
      await page.goto(`/data/${id}/`);
      await expect(page, id).toHaveTitle(`${title} · Data · ${shell.productName}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      const table = datasetTable(page, title);
      await expect(table, title).toHaveCount(1);
      await expect(table.locator('caption')).toContainText(title);
      await expect(table.locator('thead th[scope="col"]').first()).toBeVisible();
      await expect(table.locator('tbody tr'), title).toHaveCount(counts.get(id) ?? -1);
      // Wide tables scroll inside a focusable region named like the table.
      const region = table.locator('xpath=ancestor::*[@role="region"][1]');
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(region).toHaveAccessibleName(new RegExp(`^${title}`));
      await expect(page.getByRole('link', { name: `Download ${title} as CSV` })).toHaveAttribute('href', `/data/${id}.csv`);
      await expect(page.getByRole('link', { name: `Download ${title} as JSON` })).toHaveAttribute('href', `/data/${id}.json`);
    }

    await page.getByRole('link', { name: data.datasetPage.back }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/data/');
  });

  test('downloads a CSV with the table’s columns and one line per row', async ({ page }) => {
    await page.goto('/data/states/');
    const title = data.datasets.states.title;
    const file = await download(page, page.getByRole('main'), `Download ${title} as CSV`);
    // UTF-8 with a byte-order mark, so Excel reads it as UTF-8.
    expect(file.charCodeAt(0)).toBe(0xfeff);
    const [header, ...records] = parseCsv(file.slice(1));
    const table = datasetTable(page, title);
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim()).filter((h) => h !== data.page.more);
    // Each row's secondary fields are folded under "More" on the page; the CSV has every column.
    const folded = new Set((await table.locator('tbody details dt').allTextContents()).map((h) => h.trim()));
    expect(folded.size).toBeGreaterThan(3);
    expect([...(header ?? [])].sort()).toEqual([...headers, ...folded].sort());
    expect(records).toHaveLength(await table.locator('tbody tr').count());
  });

  test('folds each row’s sources, notes and coordinates under one disclosure that opens from the keyboard', async ({ page }) => {
    await page.goto('/data/incidents/');
    const table = datasetTable(page, data.datasets.incidents.title);
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers[0]).toBe(data.columns.name);
    expect(headers).not.toContain(data.columns.sources);
    const row = table.locator('tbody tr').first();
    const name = (await row.locator('th').textContent())?.trim() ?? '';
    const summary = row.locator('summary');
    await expect(summary).toHaveAccessibleName(`${data.page.moreSummary} ${data.page.moreAbout.replace('{name}', name)}`);
    await expect(row.locator('a[href^="/sources/#"]').first()).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(row.locator('a[href^="/sources/#"]').first()).toBeVisible();
  });

  test('links each row to its sources in the bibliography', async ({ page }) => {
    await page.goto('/data/exercises/');
    const rows = datasetTable(page, data.datasets.exercises.title).locator('tbody tr');
    // The sources are among the row's folded fields.
    await rows.first().locator('summary').click();
    const link = rows.first().locator('a[href^="/sources/#"]').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/sources\/#.+/);
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === '/sources/' && `/sources/${url.hash}` === href, { timeout: 60_000 });
    await expect(page.locator(href?.replace('/sources/', '') ?? '#missing')).toBeInViewport();
  });

  test('sorts a column from the keyboard, ascending then descending, and says so', async ({ page }) => {
    await page.goto('/data/exercises/');
    const table = datasetTable(page, data.datasets.exercises.title);
    const header = table.locator('thead th', { hasText: data.columns.start });
    const button = header.getByRole('button', { name: data.columns.start });
    await expect(header).not.toHaveAttribute('aria-sort', /.+/);
    const before = await columnTexts(table, data.columns.start);
    expect(before.length).toBeGreaterThan(2);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const status = page.getByRole('status').filter({ hasText: 'Sorted by' });
    await expect(status).toHaveText(`Sorted by ${data.columns.start}, ascending`);
    expect(await columnTexts(table, data.columns.start)).toEqual([...before].sort());

    await page.keyboard.press('Space');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(status).toHaveText(`Sorted by ${data.columns.start}, descending`);
    expect(await columnTexts(table, data.columns.start)).toEqual([...before].sort().reverse());
    await expect(button).toBeFocused();

    // Sorting by another column moves aria-sort there.
    await table.getByRole('button', { name: data.columns.name, exact: true }).click();
    await expect(table.locator('thead th[aria-sort]')).toHaveCount(1);
    await expect(table.locator('thead th[aria-sort]')).toContainText(data.columns.name);
  });

  test('sorts numbers by value, not as text', async ({ page }) => {
    await page.goto('/data/ratsFigures/');
    const table = datasetTable(page, data.datasets.ratsFigures.title);
    const read = async () =>
      (await columnTexts(table, data.columns.value)).filter((v) => v.trim() !== '').map((v) => Number(v.replace(/,/g, '')));
    const before = await read();
    // Grouped figures of different lengths (900, 4,500, 45,000): text order would differ.
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.some((v) => v >= 1000)).toBe(true);
    await table.getByRole('button', { name: data.columns.value, exact: true }).click();
    const ascending = await read();
    expect(ascending).toEqual([...before].sort((a, b) => a - b));
    await table.getByRole('button', { name: data.columns.value, exact: true }).click();
    expect(await read()).toEqual([...before].sort((a, b) => b - a));
  });

  test('a row linked from /sources is scrolled into view on its page and marked', async ({ page }) => {
    await page.goto('/sources/');
    const seed = page.locator('article#seed');
    await seed.locator('summary').click();
    const link = seed.getByRole('link', { name: 'Peace Mission 2007', exact: true }).first();
    await expect(link).toHaveAttribute('href', '/data/exercises/#exercises-peace-mission-2007');
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === '/data/exercises/' && url.hash === '#exercises-peace-mission-2007', {
      timeout: 60_000,
    });
    const row = page.locator('tr#exercises-peace-mission-2007');
    await expect(row).toContainText('Peace Mission 2007');
    await expect(row).toBeInViewport();
    const background = (r: Locator) => r.locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
    const other = page.locator('tbody tr:not(:target)').first();
    expect(await background(row)).not.toBe(await background(other));
  });

  test('the index and the table are all there without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/data/');
    const count = await statedCount(indexEntry(page, 'sources'));
    expect(count).toBeGreaterThan(100);
    await page.goto('/data/sources/');
    const table = datasetTable(page, data.datasets.sources.title);
    await expect(table.locator('tbody tr')).toHaveCount(count);
    await expect(table.locator('tr#sources-seed')).toContainText('Security Cooperation of the Shanghai Cooperation Organization');
    await context.close();
  });

  // Every rule in the light theme; the other themes change only colours, so check contrast there,
  // with a row marked as a link from /sources marks it.
  for (const theme of ['light', 'dark', 'projector'] as const) {
    test(`a table page with a marked row has no accessibility violations in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.addInitScript((t) => localStorage.setItem('sco-atlas-theme', t), theme);
      await page.goto('/data/exercises/#exercises-peace-mission-2007', { waitUntil: 'networkidle' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.getByRole('button', { name: data.columns.start, exact: true }).click();
      await expectNoAxeViolations(page, theme);
    });
  }

  test('the biggest table page has no accessibility violations', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/data/sources/', { waitUntil: 'networkidle' });
    await expectNoAxeViolations(page);
  });
});
