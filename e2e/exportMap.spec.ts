/**
 * Export the map in every format, as a briefer would: PNGs with the year in their names and never
 * blank (and the time of a 2× PNG), an SVG that carries the source, the boundaries note and the
 * date, a CSV that is a table; the year exported is the year on screen, even right after a step;
 * and the CSV and the frame follow the map's layers and exercise kinds.
 */
import { expect, test } from './support/test';
import { parseCsv } from './support/csv';
import { MAP_PAGE, exportSteps, exportVia, expectNotBlank, pngStats, readSvg } from './support/exports';

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
