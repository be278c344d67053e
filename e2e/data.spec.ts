import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { data } from '../locales/en/data';
import { parseCsv } from './support/csv';

const DATASET_IDS = ['sources', 'states', 'exercises', 'incidents', 'terrorismStats', 'ratsFigures', 'milestones'] as const;

function datasetTable(page: Page, title: string): Locator {
  return page.getByRole('table', { name: title });
}

async function columnTexts(table: Locator, header: string): Promise<string[]> {
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.findIndex((h) => h.trim() === header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return table.locator(`tbody tr > :nth-child(${index + 1})`).allTextContents();
}

async function download(page: Page, card: Locator, label: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: label }).click()]);
  const path = await file.path();
  return readFile(path, 'utf8');
}

test.describe('/data', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/data/');
  });

  test('shows every dataset as a captioned table with column headers', async ({ page }) => {
    for (const id of DATASET_IDS) {
      const title = data.datasets[id].title;
      const table = datasetTable(page, title);
      await expect(table, title).toHaveCount(1);
      await expect(table.locator('caption')).toContainText(title);
      await expect(table.locator('thead th[scope="col"]').first()).toBeVisible();
      // Wide tables scroll inside a focusable region named like the table.
      const region = table.locator('xpath=ancestor::*[@role="region"][1]');
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(region).toHaveAccessibleName(new RegExp(`^${title}`));
    }
  });

  test('links each row to its sources in the bibliography', async ({ page }) => {
    const table = datasetTable(page, data.datasets.exercises.title);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const link = rows.first().locator('a[href^="/sources/#"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === '/sources/' && `/sources/${url.hash}` === href, { timeout: 60_000 });
    await expect(page.locator(href?.replace('/sources/', '') ?? '#missing')).toBeInViewport();
  });

  test('sorts a column from the keyboard, ascending then descending', async ({ page }) => {
    const table = datasetTable(page, data.datasets.exercises.title);
    const header = table.locator('thead th', { hasText: data.columns.start });
    const button = header.getByRole('button', { name: data.columns.start });
    await expect(header).not.toHaveAttribute('aria-sort', /.+/);
    const before = await columnTexts(table, data.columns.start);
    expect(before.length).toBeGreaterThan(2);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await columnTexts(table, data.columns.start);
    expect(ascending).toEqual([...before].sort());
    await expect(page.getByRole('status').filter({ hasText: 'Sorted by' })).toHaveText(`Sorted by ${data.columns.start}, ascending`);

    await page.keyboard.press('Space');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await columnTexts(table, data.columns.start)).toEqual([...before].sort().reverse());
    await expect(button).toBeFocused();
  });

  test('sorts numbers by value, not as text', async ({ page }) => {
    const table = datasetTable(page, data.datasets.ratsFigures.title);
    test.skip((await table.locator('tbody tr').count()) < 3, 'needs RATS figures');
    await table.getByRole('button', { name: data.columns.value, exact: true }).click();
    const values = (await columnTexts(table, data.columns.value)).map((v) => Number(v.replace(/,/g, '')));
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  test('downloads a CSV with a header and one line per table row', async ({ page }) => {
    for (const id of ['exercises', 'states'] as const) {
      const title = data.datasets[id].title;
      const card = page.getByRole('region', { name: title, exact: true });
      const csv = await download(page, card, `Download ${title} as CSV`);
      const [header, ...records] = parseCsv(csv);
      const table = datasetTable(page, title);
      const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
      // Same columns; the page leads with the column that names each row.
      expect([...(header ?? [])].sort()).toEqual([...headers].sort());
      expect(records).toHaveLength(await table.locator('tbody tr').count());
      for (const r of records) expect(r).toHaveLength(headers.length);
    }
  });

  test('downloads JSON that parses, one record per table row', async ({ page }) => {
    const title = data.datasets.exercises.title;
    const card = page.getByRole('region', { name: title, exact: true });
    const text = await download(page, card, `Download ${title} as JSON`);
    const parsed: unknown = JSON.parse(text);
    const records = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown[] }).rows;
    expect(Array.isArray(records)).toBe(true);
    expect(records).toHaveLength(await datasetTable(page, title).locator('tbody tr').count());
  });
});
