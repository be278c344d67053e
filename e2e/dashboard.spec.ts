import { expect, test, type Page } from './support/test';

/** The four charts the dashboard shows beside the map, by the title each frame is named by. */
const CHARTS = [
  { id: 'terrorism-2020', title: /Terrorism statistics, 2020/ },
  { id: 'rats-figures', title: /Regional Anti-Terrorist Structure reported/ },
  { id: 'membership', title: /SCO members, observers and partners/ },
  { id: 'exercises-by-year', title: /exercises/i },
] as const;

const mapShows = (page: Page, year: number) =>
  expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', String(year), { timeout: 20_000 });

/** The chart's frame, scrolled near so it loads, and the chart inside it once interactive. */
async function chartFrame(page: Page, { id, title }: { id: string; title: RegExp }) {
  await page.locator(`[data-embedded-chart="${id}"]`).scrollIntoViewIfNeeded();
  const frame = page.getByTitle(title);
  const chart = frame.contentFrame();
  await expect(chart.locator('html[data-hydrated]')).toBeAttached({ timeout: 20_000 });
  return { frame, chart };
}

test.describe('the dashboard', () => {
  test('shows the map and the four charts, each with its table, export and own page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const { id, title } of CHARTS) {
      const { frame, chart } = await chartFrame(page, { id, title });
      await expect(chart.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(chart.getByRole('button', { name: 'Export chart' })).toBeVisible();
      // The frame fits its chart: no scrollbar inside it, nothing cut at its foot.
      const fits = await frame.evaluate((el: HTMLIFrameElement) => {
        const doc = el.contentDocument?.documentElement;
        return doc ? doc.scrollHeight - el.clientHeight : Number.NaN;
      });
      expect(fits, id).toBeLessThanOrEqual(1);
      await chart.getByRole('button', { name: 'Table' }).click();
      await expect(chart.getByRole('table').first()).toBeVisible();
      // Links in the chart open in the whole window.
      await expect(chart.locator('base')).toHaveAttribute('target', '_top');
    }
  });

  test('the map drives the year the charts mark, and a year chosen in the membership chart moves the map', async ({ page }) => {
    await page.goto('/?year=2010');
    await mapShows(page, 2010);
    const { chart } = await chartFrame(page, CHARTS[2]);
    const years = chart.getByRole('radiogroup', { name: 'Year shown on the map' });
    await expect(years.getByRole('radio', { checked: true })).toHaveAccessibleName(/^2010:/);
    await years.getByRole('radio', { name: /^2005:/ }).click();
    await mapShows(page, 2005);
    await expect(page).toHaveURL(/year=2005/);
    const slider = page.getByRole('slider', { name: 'Year' });
    await expect(slider).toHaveValue('2005');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await mapShows(page, 2006);
    await expect(years.getByRole('radio', { checked: true })).toHaveAccessibleName(/^2006:/);
    const exercises = (await chartFrame(page, CHARTS[3])).chart;
    await expect(exercises.locator('[data-selected-year]')).toHaveAttribute('data-selected-year', '2006');
    // Moving a frame's year never adds to the tab's history: Back leaves the dashboard's view.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
  });

  test('the charts follow the theme chosen on the page', async ({ page }) => {
    await page.goto('/');
    const { chart } = await chartFrame(page, CHARTS[0]);
    await page.getByRole('button', { name: /theme/i }).first().click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(chart.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the charts load only as they near the screen', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/embed/')) requested.push(r.url());
    });
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto('/');
    await page.waitForTimeout(500);
    expect(requested).toEqual([]);
    await chartFrame(page, CHARTS[0]);
    expect(requested.length).toBeGreaterThan(0);
  });
});

test.describe('the dashboard without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every chart and its table', async ({ page }) => {
    await page.goto('/');
    for (const { title } of CHARTS) {
      const frame = page.getByTitle(title);
      await frame.scrollIntoViewIfNeeded();
      const chart = frame.contentFrame();
      await expect(chart.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(chart.getByRole('table').first()).toBeVisible();
    }
  });
});
