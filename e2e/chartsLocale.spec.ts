/**
 * The terrorism 2020 chart's page in Russian and Chinese: its heading, its table's column headers
 * and its Export menu are in the page's language, and the CSV downloaded from /ru/ is headed in
 * Russian with its values as they are; the SVG and PNG exported in each language draw the title in its own script.
 */
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { parseCsv } from './support/csv';
import { expect, test } from './support/test';

const PAGES = [
  {
    locale: 'ru',
    path: '/ru/charts/terrorism-2020/',
    heading: 'Статистика терроризма за 2020 год: что учитывала каждая страна',
    table: 'Таблица',
    headers: ['Показатель', 'Страна', 'Период', 'Значение'],
    exportButton: 'Экспорт диаграммы',
    items: [/^CSV Показанные данные, для Excel/, /^SVG Вектор/, /^Копировать изображение/],
    asOf: /^Данные на /,
  },
  {
    locale: 'zh',
    path: '/zh/charts/terrorism-2020/',
    heading: '2020年恐怖主义统计数据：各国的统计口径',
    table: '表格',
    headers: ['指标', '国家', '时期', '数值'],
    exportButton: '导出图表',
    items: [/^CSV 所示数据，供Excel使用/, /^SVG 矢量图/, /^复制图片/],
    asOf: /^数据截至/,
  },
] as const;

for (const p of PAGES) {
  test.describe(`the terrorism 2020 chart in ${p.locale}`, () => {
    test('heading, table headers, frame and Export menu in the page’s language', async ({ page }) => {
      await page.goto(p.path);
      await expect(page.locator('html')).toHaveAttribute('lang', p.locale === 'zh' ? 'zh-Hans' : 'ru');
      await expect(page.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
      await expect(page.getByText(p.asOf).first()).toBeVisible();

      await page.getByRole('button', { name: p.table, exact: true }).first().click();
      const table = page.getByRole('table').first();
      await expect(table).toBeVisible();
      for (const header of p.headers) await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();

      await page.getByRole('button', { name: p.exportButton }).click();
      for (const item of p.items) await expect(page.getByRole('menuitem', { name: item })).toBeVisible();
      await expect(page.getByRole('menuitem', { name: /Same size as on screen|The data as shown/ })).toHaveCount(0);
    });
  });
}

test('the CSV downloaded from the Russian page is headed in Russian, its values as they are', async ({ page }) => {
  await page.goto('/ru/charts/terrorism-2020/');
  await page.getByRole('button', { name: 'Экспорт диаграммы' }).click();
  const item = page.getByRole('menuitem', { name: /^CSV / });
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  expect(download.suggestedFilename()).toBe('terrorism-2020.csv');
  await expect(page.getByRole('status').filter({ hasText: 'terrorism-2020.csv' })).toContainText('скачан');
  const text = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
  const [header = [], ...rows] = parseCsv(text);
  expect(header.slice(0, 4)).toEqual(['Показатель', 'Страна', 'Период', 'Значение']);
  const tajik = rows.find((r) => r[1] === 'Таджикистан' && r[3] === '200');
  expect(tajik, 'Tajikistan’s “more than 200” row, the number unformatted').toBeDefined();
  expect(tajik?.[4]).toBe('более 200');
});

test('the SVG exported from the Russian page names its title and describes its frame in Russian', async ({ page }) => {
  await page.goto('/ru/charts/terrorism-2020/');
  await page.getByRole('button', { name: 'Экспорт диаграммы' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /^SVG / }).click()]);
  const text = (await readFile(await download.path())).toString('utf8');
  const { title, desc } = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return { title: doc.querySelector('svg > title')?.textContent ?? '', desc: doc.querySelector('svg > desc')?.textContent ?? '' };
  }, text);
  expect(title).toBe('Статистика терроризма за 2020 год: что учитывала каждая страна');
  expect(desc).toContain('Источник: ');
  expect(desc).toContain('Данные на ');
  expect(desc).toContain('Легенда');
  expect(desc).not.toMatch(/Data as of|Source: |Legend/);
});

/** The share of pixels in the image's top band (where the frame draws the title) that differ from its background. */
function titleBandInk(bytes: Buffer): number {
  const png = PNG.sync.read(bytes);
  const lum = (i: number) => 0.3 * (png.data[i] ?? 0) + 0.59 * (png.data[i + 1] ?? 0) + 0.11 * (png.data[i + 2] ?? 0);
  const background = lum(0);
  const rows = Math.round(png.height * 0.12);
  let ink = 0;
  for (let y = 0; y < rows; y++) for (let x = 0; x < png.width; x++) if (Math.abs(lum((y * png.width + x) * 4) - background) > 60) ink++;
  return ink / (rows * png.width);
}

for (const p of PAGES) {
  test(`the SVG and PNG exported from the ${p.locale} page draw its title in its own script`, async ({ page }) => {
    test.slow(); // two exports, each loading the fonts of the script on first use
    await page.goto(p.path);
    const exportAs = async (item: RegExp) => {
      await page.getByRole('button', { name: p.exportButton }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
      return readFile(await download.path());
    };
    const svg = (await exportAs(/^SVG /)).toString('utf8');
    const title = await page.evaluate(
      ({ markup, heading }) => {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        // The title's lines, in order: the outlines (a path, or a group of them) named by the parts of the heading.
        const squash = (t: string) => t.replace(/\s+/g, '');
        const lines = [...doc.querySelectorAll('[aria-label]')].filter((g) => {
          const label = squash(g.getAttribute('aria-label') ?? '');
          return label.length > 3 && squash(heading).includes(label);
        });
        const d = lines.flatMap((g) => [g, ...g.querySelectorAll('path')].map((path) => path.getAttribute('d') ?? '')).join('');
        const joined = lines.map((g) => squash(g.getAttribute('aria-label') ?? '')).join('');
        return { found: joined === squash(heading), labels: lines.map((g) => g.getAttribute('aria-label')), contours: (d.match(/M/g) ?? []).length, texts: doc.querySelectorAll('text').length };
      },
      { markup: svg, heading: p.heading },
    );
    // The title as outlines of its own letters (no <text> left to the reader's fonts), a contour or
    // more per character that is not a space.
    expect(title.found, `the title's lines, found: ${JSON.stringify(title.labels)}`).toBe(true);
    expect(title.texts).toBe(0);
    expect(title.contours).toBeGreaterThanOrEqual([...p.heading.replace(/\s/g, '')].length);

    const ink = titleBandInk(await exportAs(/^PNG 1× /));
    expect(ink, 'the PNG’s title band is not blank').toBeGreaterThan(0.01);
  });
}

for (const { locale, title } of [
  { locale: 'ru', title: /Статистика терроризма за 2020 год/ },
  { locale: 'zh', title: /2020年恐怖主义统计数据/ },
] as const) {
  test(`the ${locale} dashboard shows its charts in their frames, in its language`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await page.locator('[data-embedded-chart="terrorism-2020"]').scrollIntoViewIfNeeded();
    const chart = page.getByTitle(title).contentFrame();
    // The frame's page may be framed (its policy lets the site frame it) and is in the page's language.
    await expect(chart.locator('html[data-hydrated]')).toBeAttached({ timeout: 20_000 });
    await expect(chart.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'ru');
    await expect(chart.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });
}
