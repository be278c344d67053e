/**
 * Export a chart in every format, as a briefer would: from the Export menu, by pointer and by
 * keyboard. Checks what lands on disk (pixel sizes, not blank, XML that names its title and
 * source, words drawn as outlines in the site's own fonts, CSV equal to the table shown), the
 * clipboard, and prints the time of a 2× PNG.
 */
import { expect, test, type Locator } from './support/test';
import { parseCsv } from './support/csv';
import { CHART_PAGE, exportSteps, exportVia, expectNotBlank, pngStats, readSvg } from './support/exports';

/** A table's rows as text, header first (what a reader sees). */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((el) =>
    [...el.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );
}

/** "45,000" on screen is 45000 in the CSV: the CSV keeps numbers unformatted. */
const unformat = (cell: string) => (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : cell);

test.describe('Export a chart', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(CHART_PAGE);
    await expect(page.getByRole('button', { name: 'Export chart' })).toBeVisible();
  });

  test('the Export menu works from the keyboard and lists every format', async ({ page }) => {
    const button = page.getByRole('button', { name: 'Export chart' });
    await button.focus();
    await page.keyboard.press('Enter');
    const items = page.getByRole('menuitem');
    await expect(items.first()).toBeFocused();
    const names = (await items.allTextContents()).join(' | ');
    for (const label of ['PNG 1×', 'PNG 2×', 'PNG 4×', 'PNG 1920 × 1080', 'PNG 1200 × 675', 'SVG', 'CSV', 'Copy image']) {
      expect(names).toContain(label);
    }
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(button).toBeFocused();

    // Enter on an item exports it.
    await page.keyboard.press('Enter');
    await expect(items.first()).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('End').then(() => page.keyboard.press('ArrowUp')).then(() => page.keyboard.press('Enter'))]);
    expect(download.suggestedFilename()).toBe('terrorism-2020.csv');
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded terrorism-2020.csv' })).toBeVisible();
  });

  test('PNG at 1×, 2× and 4×: the same picture at two and four times the pixels, never blank', async ({ page }) => {
    const viewBoxWidth = await page.locator('svg[data-export-plot]:visible').first().evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
    const one = await exportVia(page, 'Export chart', /^PNG 1× /);
    await exportSteps(page);
    const two = await exportVia(page, 'Export chart', /^PNG 2× /);
    const steps = await exportSteps(page);
    const four = await exportVia(page, 'Export chart', /^PNG 4× /);
    expect([one.name, two.name, four.name]).toEqual(['terrorism-2020.png', 'terrorism-2020@2x.png', 'terrorism-2020@4x.png']);
    const [s1, s2, s4] = [pngStats(one.bytes), pngStats(two.bytes), pngStats(four.bytes)];
    expect(s1.width).toBe(Math.max(560, Math.round(viewBoxWidth + 48)));
    expect([s2.width, s2.height]).toEqual([s1.width * 2, s1.height * 2]);
    expect([s4.width, s4.height]).toEqual([s1.width * 4, s1.height * 4]);
    for (const s of [s1, s2, s4]) expectNotBlank(s);
    console.log(`2× PNG of a chart (${s2.width} × ${s2.height} px): ${two.ms} ms (${steps})`);
    await expect(page.getByRole('status')).toContainText(`(${s4.width} × ${s4.height} px)`);
  });

  test('the picture is exported from the Table view too, the same as from the Chart view', async ({ page }) => {
    const fromChart = pngStats((await exportVia(page, 'Export chart', /^PNG 1× /)).bytes);
    await page.getByRole('button', { name: 'Table', exact: true }).first().click();
    await expect(page.getByRole('table').first()).toBeVisible();
    const fromTable = pngStats((await exportVia(page, 'Export chart', /^PNG 1× /)).bytes);
    expect([fromTable.width, fromTable.height]).toEqual([fromChart.width, fromChart.height]);
    expectNotBlank(fromTable);
    // Exporting did not switch the view.
    await expect(page.getByRole('table').first()).toBeVisible();
  });

  test('PNG at slide sizes has exactly the pixels asked for', async ({ page }) => {
    const slide = await exportVia(page, 'Export chart', /^PNG 1920 × 1080 /);
    const small = await exportVia(page, 'Export chart', /^PNG 1200 × 675 /);
    expect(slide.name).toBe('terrorism-2020-1920x1080.png');
    expect(small.name).toBe('terrorism-2020-1200x675.png');
    const [big, little] = [pngStats(slide.bytes), pngStats(small.bytes)];
    expect([big.width, big.height]).toEqual([1920, 1080]);
    expect([little.width, little.height]).toEqual([1200, 675]);
    expectNotBlank(big);
    expectNotBlank(little);
  });

  test('SVG is well-formed, self-contained, and names its title and source', async ({ page }) => {
    const figure = page.locator('figure').filter({ has: page.locator('svg[data-export-plot]') }).first();
    const title = (await figure.getByRole('heading').first().textContent())?.trim() ?? '';
    const source = (await figure.locator('footer p').first().textContent())?.trim() ?? '';
    const svg = await exportVia(page, 'Export chart', /^SVG /);
    expect(svg.name).toBe('terrorism-2020.svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await readSvg(page, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe(title);
    // The frame's source line names the sources of the view exported, led by the article, as the
    // page's footer does.
    const firstSource = source.split('; ')[0] ?? '';
    expect(firstSource).toMatch(/^Source: ./);
    expect(parsed.desc).toContain(firstSource);
    expect(parsed.desc).toMatch(/Data as of/);
    // Words are outlines (labelled), not text that needs our fonts.
    expect(parsed.texts).toBe(0);
    expect(parsed.outlines).toBeGreaterThan(20);
    // Nothing refers back to the page: no CSS variables, classes or external files.
    expect(text).not.toMatch(/var\(--|class="|<style|<foreignObject|<image/);
    expect(text.match(/href="(?!#)[^"]*"/g) ?? []).toHaveLength(1); // only the view's link
  });

  test('Russian and Chinese words in a plot are exported as outlines in Inter and Noto Sans SC, fetched from the site', async ({ page }) => {
    // Labels as the Russian and Chinese pages will draw them, added to the plot on screen.
    const words = ['Ритм Евразии', '上海合作组织，2017年'];
    await page.locator('svg[data-export-plot]').first().evaluate((svg, labels) => {
      labels.forEach((label, i) => {
        const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        text.setAttribute('x', '20');
        text.setAttribute('y', String(30 + i * 24));
        text.setAttribute('font-size', '16');
        text.textContent = label;
        svg.appendChild(text);
      });
    }, words);
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (/\/fonts\//.test(request.url())) fonts.push(new URL(request.url()).pathname);
    });
    const svg = await exportVia(page, 'Export chart', /^SVG /);
    const drawn = await page.evaluate(
      ({ source, labels }) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return labels.map((label) => {
          const group = [...doc.querySelectorAll('g[aria-label]')].find((g) => g.getAttribute('aria-label') === label);
          const d = [...(group?.querySelectorAll('path') ?? [])].map((p) => p.getAttribute('d') ?? '').join('');
          return { label, contours: (d.match(/M/g) ?? []).length, texts: doc.querySelectorAll('text').length };
        });
      },
      { source: svg.bytes.toString('utf8'), labels: words },
    );
    for (const word of drawn) {
      // Drawn, not left as <text> for the reader's fonts: at least a contour per character.
      expect(word.texts, word.label).toBe(0);
      expect(word.contours, word.label).toBeGreaterThanOrEqual([...word.label].length);
    }
    expect(fonts).toEqual(expect.arrayContaining(['/fonts/inter-cyrillic-400-normal.woff', '/fonts/generated/noto-sans-sc-400.woff2']));
  });

  test('CSV holds the rows of the chart’s table, UTF-8 with a BOM', async ({ page }) => {
    const csv = await exportVia(page, 'Export chart', /^CSV /);
    expect(csv.name).toBe('terrorism-2020.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    await page.getByRole('button', { name: 'Table', exact: true }).first().click();
    const table = page.getByRole('table').first();
    await expect(table).toBeVisible();
    const shown = await tableRows(table);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.map(unformat))).toEqual(shown.map((r) => r.map(unformat)));
  });

  test('Copy image puts a PNG on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.getByRole('button', { name: 'Export chart' }).click();
    await page.getByRole('menuitem', { name: /^Copy image / }).click();
    await expect(page.getByRole('status')).toContainText('Copied the image to the clipboard');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
  });

  test('Copy image says what to do where the browser cannot copy images', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'ClipboardItem');
    });
    await page.reload();
    await page.getByRole('button', { name: 'Export chart' }).click();
    await page.getByRole('menuitem', { name: /^Copy image / }).click();
    await expect(page.getByRole('status')).toContainText('cannot copy images. Download the PNG instead.');
  });
});
