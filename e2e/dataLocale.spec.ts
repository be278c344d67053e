/**
 * The data and sources pages in Russian and Chinese: headings, table headers, downloads and the
 * atlas's words in the page's language; the records' own text as written, marked lang="en";
 * the Russian CSV headed in Russian.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { data as ru } from '../locales/ru/data';
import { data as zh } from '../locales/zh/data';
import { parseCsv } from './support/csv';

const PEACE_MISSION = 'Peace Mission 2007';

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
  return readFile(await file.path(), 'utf8');
}

test.describe('/ru/data/ and /zh/data/: the index in the page’s language', () => {
  test('Russian: heading, record counts, table links and downloads in Russian', async ({ page }) => {
    await page.goto('/ru/data/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: ru.page.title })).toBeVisible();
    const entry = page.getByRole('region', { name: ru.datasets.exercises.title, exact: true });
    await expect(entry).toContainText(/\d+ (запись|записи|записей)/);
    await expect(entry.getByRole('link', { name: `Открыть таблицу «${ru.datasets.exercises.title}»` })).toHaveAttribute(
      'href',
      '/ru/data/exercises/',
    );
    await expect(entry.getByRole('link', { name: `Скачать «${ru.datasets.exercises.title}» в формате CSV`, exact: true })).toHaveAttribute(
      'href',
      '/data/ru/exercises.csv',
    );
    // The English-headed file, linked from everywhere, is still offered beside it.
    await expect(entry.getByRole('link', { name: `Скачать «${ru.datasets.exercises.title}» в формате CSV с заголовками на английском` })).toHaveAttribute(
      'href',
      '/data/exercises.csv',
    );
  });

  test('sends an old link to a row on to the row on its dataset’s page in the same language', async ({ page }) => {
    await page.goto('about:blank');
    await page.goto('/ru/data/#exercises-peace-mission-2007');
    await expect(page).toHaveURL((url) => url.pathname === '/ru/data/exercises/' && url.hash === '#exercises-peace-mission-2007');
    await expect(page.locator('tr#exercises-peace-mission-2007')).toBeInViewport();
  });

  test('Chinese: heading and downloads in Chinese', async ({ page }) => {
    await page.goto('/zh/data/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1, name: zh.page.title })).toBeVisible();
    const entry = page.getByRole('region', { name: zh.datasets.milestones.title, exact: true });
    await expect(entry).toContainText(/\d+条记录/);
    await expect(entry.getByRole('link', { name: `以CSV格式下载${zh.datasets.milestones.title}`, exact: true })).toHaveAttribute(
      'href',
      '/data/zh/milestones.csv',
    );
    await expect(entry.getByRole('link', { name: `查看${zh.datasets.milestones.title}表格` })).toHaveAttribute('href', '/zh/data/milestones/');
  });
});

test.describe('/ru/data/exercises/: a table in Russian', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/ru/data/exercises/');
  });

  test('heads its columns in Russian, words its cells in Russian and marks the records’ English text', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: ru.datasets.exercises.title })).toBeVisible();
    const table = page.getByRole('table', { name: ru.datasets.exercises.title });
    for (const header of [ru.columns.name, ru.columns.kind, ru.columns.start, ru.columns.troops]) {
      await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
    }
    const row = table.locator('tr#exercises-peace-mission-2007');
    await expect(row).toContainText(ru.exerciseKind.military);
    // The exercise's name is the English one, marked as such.
    await expect(row.getByRole('rowheader').locator('[lang="en"]')).toHaveText(PEACE_MISSION);
    // Dates in Russian words, kept as machine-readable values.
    await expect(row.locator('time[datetime="2007-08-09"]')).toHaveText(/августа? 2007/);
  });

  test('sorts with a Russian announcement', async ({ page }) => {
    const table = page.getByRole('table', { name: ru.datasets.exercises.title });
    await table.getByRole('button', { name: ru.columns.start, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Сортировка' })).toHaveText(`Сортировка: ${ru.columns.start}, по возрастанию`);
  });

  test('offers a CSV whose header row is Russian', async ({ page }) => {
    const file = await download(page, `Скачать «${ru.datasets.exercises.title}» в формате CSV`);
    expect(file.charCodeAt(0)).toBe(0xfeff);
    const [header, ...records] = parseCsv(file.slice(1));
    expect(header?.slice(0, 3)).toEqual([ru.columns.id, ru.columns.name, ru.columns.kind]);
    expect(header).toContain(ru.columns.troops);
    expect(records).toHaveLength(await page.getByRole('table').locator('tbody tr').count());
  });
});

test.describe('/zh/sources/: the bibliography in Chinese', () => {
  test('titles and summaries in Chinese; the sources’ own titles as written, marked lang="en"', async ({ page }) => {
    await page.goto('/zh/sources/');
    await expect(page.getByRole('heading', { level: 1, name: zh.sourcesPage.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: zh.sourcesPage.bibliography })).toBeVisible();
    const seed = page.locator('article#seed');
    await expect(seed.getByRole('heading', { level: 4 })).toHaveAttribute('lang', 'en');
    const summary = seed.locator('summary');
    await expect(summary).toHaveText(/^被\d+项数据引用/);

    await summary.click();
    const figure = seed.getByRole('link', { name: PEACE_MISSION, exact: true }).first();
    await expect(figure).toHaveAttribute('href', '/zh/data/exercises/#exercises-peace-mission-2007');
    await expect(figure).toHaveAttribute('lang', 'en');
    // The quote stays in English, said so in Chinese.
    const quote = seed.locator('q[lang="en"]', { hasText: 'In August 2007, the SCO member states held' });
    await expect(quote).toBeVisible();
    await expect(quote.locator('xpath=..')).toContainText(zh.sourcesPage.quoteLanguage.en);
  });
});
