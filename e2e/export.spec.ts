/**
 * Export a chart and the map in every format, as a briefer would: from the Export menu, by
 * pointer and by keyboard. Checks what lands on disk (pixel sizes, not blank, XML that names its
 * title and source, CSV equal to the table shown) and prints the time of a 2× PNG; that every
 * export of every chart and the map is whole (nothing past its edges) and readable (no word below
 * 11 px at 1×); that the map's CSV and frame follow its layers; and that the message saying what
 * happened is seen and heard without covering the map or moving the Export button.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './support/test';
import { PNG } from 'pngjs';
import { parseCsv } from './support/csv';

const CHART_PAGE = '/charts/terrorism-2020/';
const MAP_PAGE = '/?year=2017';

interface Downloaded {
  name: string;
  bytes: Buffer;
  /** From choosing the item to the file being on disk. */
  ms: number;
}

/** Opens the Export menu and chooses an item; resolves when the file is downloaded. */
async function exportVia(page: Page, button: string, item: RegExp): Promise<Downloaded> {
  await page.getByRole('button', { name: button }).click();
  const menuItem = page.getByRole('menuitem', { name: item });
  await expect(menuItem).toBeVisible();
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), menuItem.click()]);
  const path = await download.path();
  const ms = Date.now() - start;
  return { name: download.suggestedFilename(), bytes: await readFile(path), ms };
}

interface PngStats {
  width: number;
  height: number;
  /** Variance of luminance over the image (0 for a flat image). */
  variance: number;
  /** Distinct colours among sampled pixels. */
  colours: number;
}

function pngStats(bytes: Buffer): PngStats {
  const png = PNG.sync.read(bytes);
  const step = Math.max(1, Math.floor((png.width * png.height) / 200_000));
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  const colours = new Set<number>();
  for (let i = 0; i < png.width * png.height; i += step) {
    const o = i * 4;
    const r = png.data[o] ?? 0;
    const g = png.data[o + 1] ?? 0;
    const b = png.data[o + 2] ?? 0;
    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += lum;
    sumSq += lum * lum;
    n++;
    colours.add((r << 16) | (g << 8) | b);
  }
  const mean = sum / n;
  return { width: png.width, height: png.height, variance: sumSq / n - mean * mean, colours: colours.size };
}

function expectNotBlank(stats: PngStats): void {
  expect(stats.variance, 'the image has contrast').toBeGreaterThan(100);
  expect(stats.colours, 'the image has more than a background and one colour').toBeGreaterThan(20);
}

/** The exporter's own step timings (User Timing measures `sco-export:*`), latest of each. */
async function exportSteps(page: Page): Promise<string> {
  return page.evaluate(() => {
    const last = new Map<string, number>();
    for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('sco-export:')) last.set(m.name.slice(11), m.duration);
    performance.clearMeasures();
    return [...last].map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(', ');
  });
}

/** Parses an SVG in the page: its root, <title>, <desc>, and any XML error. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      title: root.querySelector(':scope > title')?.textContent ?? '',
      desc: root.querySelector(':scope > desc')?.textContent ?? '',
      texts: root.querySelectorAll('text').length,
      /** Words drawn as outlines: frame lines (labelled paths) and plot labels (labelled groups of paths). */
      outlines: root.querySelectorAll('path[aria-label], g[aria-label]:has(> path)').length,
      width: Number(root.getAttribute('width')),
    };
  }, svg);
}

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

test.describe('Export the map', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(MAP_PAGE);
    await expect(page.locator('svg[data-map-year="2017"]')).toBeVisible({ timeout: 30_000 });
  });

  test('PNG 2× and slide sizes of the map, with the year in the name, never blank', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const two = await exportVia(page, 'Export map', /^PNG 2× /);
    expect(two.name).toBe('sco-map-2017@2x.png');
    const s2 = pngStats(two.bytes);
    expectNotBlank(s2);
    console.log(`2× PNG of the map, first export on the page (${s2.width} × ${s2.height} px): ${two.ms} ms (${await exportSteps(page)})`);
    const one = pngStats((await exportVia(page, 'Export map', /^PNG 1× /)).bytes);
    expect([s2.width, s2.height]).toEqual([one.width * 2, one.height * 2]);
    await exportSteps(page);
    const again = await exportVia(page, 'Export map', /^PNG 2× /);
    console.log(`2× PNG of the map, fonts loaded: ${again.ms} ms (${await exportSteps(page)})`);

    const slide = await exportVia(page, 'Export map', /^PNG 1920 × 1080 /);
    expect(slide.name).toBe('sco-map-2017-1920x1080.png');
    const s = pngStats(slide.bytes);
    expect([s.width, s.height]).toEqual([1920, 1080]);
    expectNotBlank(s);
    // Offline: nothing the export asked for left this origin.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });

  test('SVG of the map is well-formed and carries the source, the boundaries note and the date', async ({ page }) => {
    const svg = await exportVia(page, 'Export map', /^SVG /);
    expect(svg.name).toBe('sco-map-2017.svg');
    const parsed = await readSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.title.length).toBeGreaterThan(0);
    expect(parsed.desc).toMatch(/Source/);
    expect(parsed.desc).toContain('Boundaries are Natural Earth’s de facto lines');
    expect(parsed.desc).toMatch(/Data as of/);
    expect(parsed.desc).toContain('year=2017');
  });

  test('right after a year step, the export is of the year on screen (pointer and keyboard)', async ({ page }) => {
    // Two exports with the page's clock stopped: about 14 s alone, past a minute when two suites share the machine.
    test.slow();
    // The page's timers stand still: the export cannot wait for the view to rest.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('svg[data-map-year="2015"]')).toBeVisible();
    const csv = await exportVia(page, 'Export map', /^CSV /);
    expect(csv.name).toBe('sco-map-2015.csv');
    // Its rows are 2015's: events up to that year, the year's states with a status.
    const [header = [], ...rows] = parseCsv(csv.bytes.toString('utf8').slice(1));
    const date = header.indexOf('Date');
    const starts = rows.map((r) => Number(/\d{4}/.exec(r[date] ?? '')?.[0] ?? 0));
    expect(Math.max(...starts)).toBe(2015);


    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('svg[data-map-year="2016"]')).toBeVisible();
    await page.getByRole('button', { name: 'Export map' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem').first()).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('End').then(() => page.keyboard.press('ArrowUp')).then(() => page.keyboard.press('Enter'))]);
    expect(download.suggestedFilename()).toBe('sco-map-2016.csv');
  });

  test('CSV of the map is a table with a header, UTF-8 with a BOM', async ({ page }) => {
    const csv = await exportVia(page, 'Export map', /^CSV /);
    expect(csv.name).toBe('sco-map-2017.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(rows.length).toBeGreaterThan(1);
    const width = rows[0]?.length ?? 0;
    expect(width).toBeGreaterThan(1);
    for (const row of rows) expect(row).toHaveLength(width);
  });
});

// ---------------------------------------------------------------- whole and readable

/** No word of an export is smaller than this, in px at 1× (components/export/frame/frameLayout.ts). */
const MIN_TEXT_PX = 11;

const VIEWS = [
  { name: 'the map', path: '/?year=2017', button: 'Export map', file: 'sco-map-2017' },
  ...(['terrorism-2020', 'rats-figures', 'membership', 'exercises-by-year', 'milestones'] as const).map((id) => ({
    name: id,
    path: `/charts/${id}/`,
    button: 'Export chart',
    file: id,
  })),
  // The dashboard's frames hold only the compact layout (and, where that cannot fill a slide, the slide layout).
  { name: 'terrorism-2020 in the dashboard’s frame', path: '/embed/terrorism-2020/', button: 'Export chart', file: 'terrorism-2020' },
];

const SIZES = [
  { item: /^PNG 1× /, suffix: '.png' },
  { item: /^PNG 2× /, suffix: '@2x.png' },
  { item: /^PNG 4× /, suffix: '@4x.png' },
  { item: /^PNG 1920 × 1080 /, suffix: '-1920x1080.png' },
  { item: /^PNG 1200 × 675 /, suffix: '-1200x675.png' },
  { item: /^SVG /, suffix: '.svg' },
];

/** Keeps every SVG the page turns into an image (what each PNG is drawn from), to inspect it. */
async function recordSvgImages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const kept: string[] = [];
    Object.assign(window, { __exportSvgs: kept });
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob && object.type.startsWith('image/svg+xml')) void object.text().then((text) => kept.push(text));
      return createObjectURL(object);
    };
  });
}

/** The SVG a PNG of this pixel size was drawn from. */
async function svgOfPng(page: Page, width: number, height: number): Promise<string> {
  let found = '';
  await expect(async () => {
    found = await page.evaluate(
      ([w, h]) => {
        const kept = (window as unknown as { __exportSvgs: string[] }).__exportSvgs;
        return [...kept].reverse().find((svg) => svg.includes(`width="${w}" height="${h}" viewBox=`)) ?? '';
      },
      [width, height] as const,
    );
    expect(found, `the SVG of the ${width} × ${height} PNG`).not.toBe('');
  }).toPass({ timeout: 5_000 });
  return found;
}

interface Inspection {
  width: number;
  height: number;
  /** Drawn elements (words, marks, lines) reaching past the image's edges. */
  outside: string[];
  /** The smallest word in px at 1×, and the word. */
  smallest: { px: number; text: string };
  words: number;
  /** Words left as <text> (not outlines). */
  texts: number;
}

/**
 * Draws the export's SVG in the page at its own size and looks at what the browser drew: the box
 * of every shape and word (where a clip path cuts it, the part drawn), and the size of every word
 * (the size it is set at, times the scale it is drawn at, in px at 1×).
 */
async function inspectExport(page: Page, svg: string): Promise<Inspection> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;pointer-events:none';
    // At its own size, whatever the page's styles say of svg elements.
    root.style.cssText = 'max-width:none;max-height:none;display:block';
    host.append(root);
    document.body.append(host);
    try {
      const width = Number(root.getAttribute('width'));
      const height = Number(root.getAttribute('height'));
      const atOne = Math.min(1, width / root.viewBox.baseVal.width);
      const frame = root.getBoundingClientRect();
      // getCTM counts the root's own viewBox scale (its width over the viewBox's): take it out.
      const rootScale = frame.width / root.viewBox.baseVal.width;
      type Rect = { left: number; top: number; right: number; bottom: number };
      const clipOf = (el: Element): Rect | null => {
        let clip: Rect | null = null;
        for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
          const id = /url\(#([^)]+)\)/.exec(n.getAttribute('clip-path') ?? '')?.[1];
          const rect = id ? root.querySelector(`#${CSS.escape(id)} rect`) : null;
          const ctm = n instanceof SVGGraphicsElement ? n.getScreenCTM() : null;
          if (!rect || !ctm) continue;
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a) ?? 0)) as [number, number, number, number];
          const pts = [[x, y], [x + w, y], [x, y + h], [x + w, y + h]].map(([px, py]) => new DOMPoint(px, py).matrixTransform(ctm));
          const r = { left: Math.min(...pts.map((p) => p.x)), right: Math.max(...pts.map((p) => p.x)), top: Math.min(...pts.map((p) => p.y)), bottom: Math.max(...pts.map((p) => p.y)) };
          clip = clip ? { left: Math.max(clip.left, r.left), right: Math.min(clip.right, r.right), top: Math.max(clip.top, r.top), bottom: Math.min(clip.bottom, r.bottom) } : r;
        }
        return clip;
      };
      const outside: string[] = [];
      for (const el of root.querySelectorAll('path, text, circle, rect, line, polyline, polygon, ellipse, use, image')) {
        if (el.closest('defs, clipPath, pattern, marker, mask')) continue;
        const b = el.getBoundingClientRect();
        if (b.width === 0 && b.height === 0) continue;
        const clip = clipOf(el);
        const drawn = clip ? { left: Math.max(b.left, clip.left), right: Math.min(b.right, clip.right), top: Math.max(b.top, clip.top), bottom: Math.min(b.bottom, clip.bottom) } : b;
        if (drawn.right <= drawn.left || drawn.bottom <= drawn.top) continue;
        if (drawn.left < frame.left - 1 || drawn.top < frame.top - 1 || drawn.right > frame.right + 1 || drawn.bottom > frame.bottom + 1) {
          const label = el.getAttribute('aria-label') ?? el.closest('[aria-label]')?.getAttribute('aria-label') ?? el.localName;
          outside.push(`${label.slice(0, 60)} (${Math.round(drawn.left)}–${Math.round(drawn.right)} × ${Math.round(drawn.top)}–${Math.round(drawn.bottom)})`);
        }
      }
      let smallest = { px: Infinity, text: '' };
      let words = 0;
      for (const el of root.querySelectorAll('text, path[aria-label][font-size], g[aria-label][font-size]')) {
        const ctm = (el as SVGGraphicsElement).getCTM();
        const size = Number(el.getAttribute('font-size') ?? getComputedStyle(el).fontSize.replace('px', ''));
        if (!ctm || !(size > 0)) continue;
        words++;
        const px = ((size * Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c))) / rootScale) * atOne;
        if (px < smallest.px) smallest = { px, text: el.getAttribute('aria-label') ?? el.textContent ?? '' };
      }
      return { width, height, outside, smallest, words, texts: root.querySelectorAll('text').length };
    } finally {
      host.remove();
    }
  }, svg);
}

test.describe('Every export is whole and readable', () => {
  test.beforeEach(async ({ page }) => {
    await recordSvgImages(page);
  });

  for (const view of VIEWS) {
    test(`${view.name}: in every size and format, nothing runs past the edges and no word is below ${MIN_TEXT_PX} px`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(view.path);
      if (view.button === 'Export map') await expect(page.locator('svg[data-map-year="2017"]')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('button', { name: view.button })).toBeVisible();
      for (const size of SIZES) {
        const file = await exportVia(page, view.button, size.item);
        expect(file.name).toBe(`${view.file}${size.suffix}`);
        let svg = file.bytes.toString('utf8');
        if (size.suffix.endsWith('.png')) {
          const png = PNG.sync.read(file.bytes);
          svg = await svgOfPng(page, png.width, png.height);
        }
        const seen = await inspectExport(page, svg);
        const where = `${view.name}, ${file.name}`;
        expect(seen.outside, `${where}: drawn past the image's edges`).toEqual([]);
        expect(seen.words, where).toBeGreaterThan(5);
        expect(seen.texts, `${where}: every word is an outline`).toBe(0);
        expect(seen.smallest.px, `${where}: "${seen.smallest.text.slice(0, 60)}" is ${seen.smallest.px.toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.05);
      }
    });
  }

  test('a view with more rows than a slide can hold readably says so instead of shrinking them', async ({ page }) => {
    await page.goto('/charts/rats-figures/');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Export chart' }).click();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByRole('menuitem', { name: /^PNG 1200 × 675 / }).click();
    await expect(page.getByRole('status').filter({ hasText: 'too much to read at 1200 × 675' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Export PNG 2×' })).toBeVisible();
    expect(downloads).toEqual([]);
    // The whole view is still there as a tall image.
    const tall = await exportVia(page, 'Export chart', /^PNG 2× /);
    expect(tall.name).toBe('rats-figures@2x.png');
  });
});

// ---------------------------------------------------------------- the map's export follows its layers

test.describe('The map’s export holds what the map shows', () => {
  test('with the Incidents layer off, the CSV lists no incident and the image names none', async ({ page }) => {
    await page.goto(MAP_PAGE);
    await expect(page.locator('svg[data-map-year="2017"]')).toBeVisible({ timeout: 30_000 });
    const withIncidents = parseCsv((await exportVia(page, 'Export map', /^CSV /)).bytes.toString('utf8').slice(1));
    const types = (rows: string[][]) => new Set(rows.slice(1).map((r) => r[0]));
    expect(types(withIncidents)).toContain('Border incident');

    const toggle = page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: 'Incidents' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(/layers=members%2Cexercises%2Ccapitals|layers=members,exercises,capitals/);

    const rows = parseCsv((await exportVia(page, 'Export map', /^CSV /)).bytes.toString('utf8').slice(1));
    expect(types(rows)).not.toContain('Border incident');
    expect(types(rows)).toContain('Joint exercise');
    expect(types(rows)).toContain('State');
    // The rows the map still shows are all there.
    expect(rows.length).toBe(withIncidents.length - withIncidents.filter((r) => r[0] === 'Border incident').length);

    const svg = await readSvg(page, (await exportVia(page, 'Export map', /^SVG /)).bytes.toString('utf8'));
    expect(svg.title).toBe('SCO members and joint exercises, 2017');
    expect(`${svg.title}\n${svg.desc}`).not.toMatch(/incident|Stars/i);
    expect(svg.desc).toMatch(/Legend: Members; .*Military/);
  });

  test('with one exercise kind, the image keys and names only that kind', async ({ page }) => {
    await page.goto(`${MAP_PAGE}&kinds=military`);
    await expect(page.locator('svg[data-map-year="2017"]')).toBeVisible({ timeout: 30_000 });
    const svg = await readSvg(page, (await exportVia(page, 'Export map', /^SVG /)).bytes.toString('utf8'));
    expect(svg.desc).toContain('Joint exercises (military)');
    expect(svg.desc).not.toMatch(/Law enforcement|Cyber|Border operation/);
    const rows = parseCsv((await exportVia(page, 'Export map', /^CSV /)).bytes.toString('utf8').slice(1));
    const kinds = new Set(rows.slice(1).filter((r) => r[0] === 'Joint exercise').map((r) => r[3]));
    expect([...kinds]).toEqual(['Military']);
  });
});

// ---------------------------------------------------------------- what happened, said

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** An element's box on the page (not the window: the page may scroll while a menu is used). */
async function pageBox(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
}

/** The status message: seen whole, inside the window, on its own background, in a live region, clear of the button. */
async function expectStatusBeside(page: Page, status: Locator, button: Locator, buttonBefore: Box): Promise<Box> {
  await expect(status).toBeVisible();
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const box = await status.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('no box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // Not cut off: its words fit its box.
  expect(await status.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  // On its own background, not the words alone over whatever is behind.
  expect(await status.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  expect(await pageBox(button), 'the Export button did not move').toEqual(buttonBefore);
  const statusOnPage = await pageBox(status);
  expect(overlaps(statusOnPage, await pageBox(button)), 'the message is clear of the Export button').toBe(false);
  return statusOnPage;
}

test.describe('What an export did is said where it is seen and heard', () => {
  test('on the map: above the map, never over it, the Export button where it was', async ({ page }) => {
    await page.goto(MAP_PAGE);
    await expect(page.locator('svg[data-map-year="2017"]')).toBeVisible({ timeout: 30_000 });
    const button = page.getByRole('button', { name: 'Export map' });
    const before = await pageBox(button);
    const mapBefore = await pageBox(page.locator('svg[data-map-year="2017"]'));
    await exportVia(page, 'Export map', /^PNG 1200 × 675 /);
    const status = page.getByRole('status').filter({ hasText: 'Downloaded sco-map-2017-1200x675.png (1200 × 675 px)' });
    const box = await expectStatusBeside(page, status, button, before);
    const map = await pageBox(page.locator('svg[data-map-year="2017"]'));
    expect(map, 'the map did not move').toEqual(mapBefore);
    expect(overlaps(box, map), 'the message does not cover the map').toBe(false);
  });

  test('on a chart: under its Export button, inside the window, the button where it was', async ({ page }) => {
    await page.goto(CHART_PAGE);
    const button = page.getByRole('button', { name: 'Export chart' });
    await expect(button).toBeVisible();
    const before = await pageBox(button);
    await exportVia(page, 'Export chart', /^PNG 1920 × 1080 /);
    await expectStatusBeside(page, page.getByRole('status').filter({ hasText: 'Downloaded terrorism-2020-1920x1080.png (1920 × 1080 px)' }), button, before);
  });

  test('on a phone: the message fits the narrow window', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(CHART_PAGE);
    const button = page.getByRole('button', { name: 'Export chart' });
    await button.scrollIntoViewIfNeeded();
    const before = await pageBox(button);
    await exportVia(page, 'Export chart', /^PNG 1200 × 675 /);
    await expectStatusBeside(page, page.getByRole('status').filter({ hasText: 'Downloaded terrorism-2020-1200x675.png' }), button, before);
  });
});

