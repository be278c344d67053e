import { expect, test, type Locator, type Page } from './support/test';
import { charts } from '../locales/en/charts';
import { holdScripts } from './support/holdScripts';

const CHART_IDS = ['terrorism-2020', 'rats-figures', 'membership', 'exercises-by-year', 'milestones'] as const;

/** Collects console warnings and errors and uncaught exceptions. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

const figure = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);
const plotOf = (fig: Locator) => fig.locator('svg[role="group"]').first();

/** Waits until React has hydrated the chart (its Chart/Table switch responds). */
async function hydrated(fig: Locator) {
  const table = fig.getByRole('button', { name: charts.views.table, exact: true });
  await expect(async () => {
    await table.click();
    await expect(table).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await fig.getByRole('button', { name: charts.views.chart, exact: true }).click();
}

test.describe('every chart page', () => {
  for (const id of CHART_IDS) {
    test(`/charts/${id}/ is drawn on the server, at its final size, with its frame, and logs nothing`, async ({ page, browser, request }) => {
      // The server's HTML already holds the plot and its marks: nothing waits for JavaScript.
      const html = await (await request.get(`/charts/${id}/`)).text();
      expect(html).toContain(`data-chart="${id}"`);
      expect(html).toMatch(/<svg[^>]+width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="group"/);
      expect(html).toContain('data-mark=');

      const problems = watchConsole(page);
      await page.goto(`/charts/${id}/`);
      const fig = figure(page, id);
      await expect(fig.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(fig).toContainText(/Source: Su Chang & Li Xinwei \(2021\)/);
      await expect(fig).toContainText(/Data as of \d{1,2} [A-Z][a-z]+ \d{4}/);
      await expect(fig.getByRole('link', { name: charts.frame.link })).toHaveAttribute('href', new RegExp(`^/charts/${id}/`));
      await hydrated(fig);
      const withJs = await plotOf(fig).boundingBox();

      // Without JavaScript the plot is there at the same size: no empty box, no shift on hydration.
      const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() ?? undefined });
      const staticPage = await noJs.newPage();
      await staticPage.goto(`/charts/${id}/`);
      const staticBox = await plotOf(figure(staticPage, id)).boundingBox();
      await noJs.close();
      expect(withJs?.width).toBeGreaterThan(300);
      expect(withJs?.height).toBeGreaterThan(150);
      expect(Math.abs((withJs?.height ?? 0) - (staticBox?.height ?? 0))).toBeLessThan(2);
      expect(Math.abs((withJs?.y ?? 0) - (staticBox?.y ?? 0))).toBeLessThan(2);

      expect(problems).toEqual([]);
    });
  }

  test('a chart painted before the scripts run is the one that stays, and a link to its table shows the table once they run', async ({ page }) => {
    // A chart body that read the URL while it hydrated was built as a stand-in and drawn again
    // from scratch in the browser: ~1,300 new nodes in one long task on a phone. It now hydrates
    // in place and takes the URL's view just after.
    const problems = watchConsole(page);
    const release = await holdScripts(page);
    await page.goto('/charts/terrorism-2020/?table=1&extra=1', { waitUntil: 'commit' });
    const fig = figure(page, 'terrorism-2020');
    const mark = fig.locator('#chart-terrorism-2020-main [data-mark]').first();
    await expect(mark).toBeAttached();
    const painted = await mark.elementHandle();
    const toolbar = await fig.getByRole('group', { name: charts.views.label }).elementHandle();
    if (!painted || !toolbar) throw new Error('no chart before the scripts');
    release();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    // The URL's view: the table of the other sourced years.
    await expect(fig.getByRole('button', { name: charts.views.table, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(fig.getByRole('checkbox', { name: charts.terrorism.toggleOtherYears })).toBeChecked();
    await expect(fig.locator('#chart-terrorism-2020-main')).toBeHidden();
    // The same elements: a chart drawn again would be new nodes.
    expect(await painted.evaluate((el) => el.isConnected)).toBe(true);
    expect(await toolbar.evaluate((el) => el.isConnected)).toBe(true);
    // And the switch answers.
    await fig.getByRole('button', { name: charts.views.chart, exact: true }).click();
    await expect(page).not.toHaveURL(/[?&]table=1/);
    expect(problems).toEqual([]);
  });

  test('/charts/ lists every chart with what it shows, links to each one’s own page, and logs nothing', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/charts/');
    const contents = page.getByRole('navigation', { name: charts.indexPage.contents });
    await expect(contents.getByRole('link')).toHaveCount(CHART_IDS.length);
    for (const id of CHART_IDS) {
      const card = contents.getByRole('listitem').filter({ has: page.locator(`a[href="/charts/${id}/"]`) });
      await expect(card).toHaveCount(1);
      // Each card says what the chart shows, under its title.
      expect((await card.locator('p').innerText()).length).toBeGreaterThan(30);
    }
    // The charts themselves are drawn on their own pages, not here.
    await expect(page.locator('figure[data-chart]')).toHaveCount(0);
    expect(problems).toEqual([]);
    await contents.getByRole('link', { name: charts.rats.title }).click();
    await expect(page).toHaveURL(/\/charts\/rats-figures\/$/);
  });
});

test.describe('terrorism 2020', () => {
  test('marks carry their period, qualifier and dispute; the table lists the same', async ({ page }) => {
    await page.goto('/charts/terrorism-2020/');
    const fig = figure(page, 'terrorism-2020');
    const plot = plotOf(fig);
    await expect(fig.getByRole('img', { name: 'Tajikistan, suspects arrested, January–June 2020: more than 200' })).toBeVisible();
    await expect(fig.getByRole('img', { name: 'Kazakhstan, terrorist crimes registered, January–July 2020: 33' })).toBeVisible();
    const russia = fig.getByRole('img', { name: /^Russia, terrorist attacks prevented, 2020: 41 \(disputed: 44 in .+\)$/ });
    await expect(russia).toBeVisible();
    await expect(plot).toContainText('more than 200 · January–June 2020');
    await expect(plot).toContainText('33 · January–July 2020');
    await expect(russia).toContainText(charts.terrorism.disputed);
    await expect(fig.getByRole('img', { name: /^Uzbekistan, .*\(disputed: .+\)$/ }).first()).toBeVisible();

    await hydrated(fig);
    await fig.getByRole('button', { name: charts.views.table, exact: true }).click();
    const table = fig.getByRole('table', { name: /the data as shown/ });
    await expect(table).toBeVisible();
    const tajik = table.getByRole('row').filter({ hasText: 'Tajikistan' }).filter({ hasText: 'Suspects arrested' });
    await expect(tajik).toContainText('more than 200');
    await expect(tajik).toContainText('January–June 2020');
    await expect(table.getByRole('row').filter({ hasText: 'Kazakhstan' })).toContainText('January–July 2020');
    const russiaRow = table.getByRole('row').filter({ hasText: 'Russia' }).filter({ hasText: 'Terrorist attacks prevented' });
    await expect(russiaRow).toContainText('41');
    await expect(russiaRow).toContainText(/44 in /);
    // The table's rows are the chart's marks.
    await fig.getByRole('button', { name: charts.views.chart, exact: true }).click();
    const marks = await plot.locator('[data-mark]').count();
    await fig.getByRole('button', { name: charts.views.table, exact: true }).click();
    await expect(table.locator('tbody tr')).toHaveCount(marks);
  });

  test('the switch adds other sourced years, each with its own period', async ({ page }) => {
    await page.goto('/charts/terrorism-2020/');
    const fig = figure(page, 'terrorism-2020');
    await hydrated(fig);
    await expect(fig.getByRole('img', { name: /^Russia, terrorist attacks prevented, 2019: 34$/ })).toHaveCount(0);
    await fig.getByRole('checkbox', { name: charts.terrorism.toggleOtherYears }).check();
    await expect(fig.getByRole('img', { name: 'Russia, terrorist attacks prevented, 2019: 34' })).toBeVisible();
    await expect(fig.getByRole('img', { name: /^Russia, terrorist attacks prevented, twenty years to March 2026: more than 1,000$/ })).toBeVisible();
  });

  test('one tab stop per panel; arrows move between marks and the tooltip follows focus and hover', async ({ page }) => {
    await page.goto('/charts/terrorism-2020/');
    const fig = figure(page, 'terrorism-2020');
    await hydrated(fig);
    const plot = plotOf(fig);
    const marks = await plot.locator('[data-mark]').count();
    const stops = await plot.locator('[data-mark][tabindex="0"]').count();
    expect(stops).toBeLessThan(marks);
    expect(stops).toBe(await plot.locator('[data-panel]').count());
    const kyrgyz = fig.getByRole('img', { name: /^Kyrgyzstan, terrorist attacks prevented/ });
    await kyrgyz.focus();
    await expect(page.getByRole('tooltip')).toContainText('Kyrgyzstan · Terrorist attacks prevented');
    await page.keyboard.press('ArrowDown');
    const russia = fig.getByRole('img', { name: /^Russia, terrorist attacks prevented, 2020: 41/ });
    await expect(russia).toBeFocused();
    await expect(russia).toHaveAttribute('tabindex', '0');
    await expect(kyrgyz).toHaveAttribute('tabindex', '-1');
    await expect(page.getByRole('tooltip')).toContainText(/Disputed: 44 in /);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await fig.getByRole('img', { name: /^Tajikistan, suspects arrested/ }).hover();
    await expect(page.getByRole('tooltip')).toContainText('January–June 2020');
  });
});

test.describe('RATS figures', () => {
  test('the article’s 45,000 is flagged contested with the 4,500 beside it; no figure is joined to another', async ({ page }) => {
    await page.goto('/charts/rats-figures/');
    const fig = figure(page, 'rats-figures');
    const article = fig.getByRole('img', { name: /^March 2019, .+: more than 45,000 \(contested: more than 4,500 .+\)$/ });
    await expect(article).toBeVisible();
    await expect(article).toContainText(charts.rats.contested);
    await expect(article).toContainText('vs more than 4,500 (15 March 2019)');
    const radicals = fig.getByRole('img', { name: /^15 March 2019, radicals .+: more than 4,500 \(contested: more than 45,000 .+\)$/ });
    await expect(radicals).toBeVisible();
    await expect(plotOf(fig).locator('polyline')).toHaveCount(0);
    await expect(fig).toContainText(/logarithmic scale/i);

    await hydrated(fig);
    await fig.getByRole('button', { name: charts.views.table, exact: true }).click();
    const row = fig.getByRole('table', { name: /the data as shown/ }).getByRole('row', { name: /^persons on whom/ });
    await expect(row).toContainText('March 2019');
    await expect(row).toContainText(charts.views.yes);
    await expect(row).toContainText('more than 4,500');
  });
});

test.describe('membership', () => {
  test('reads the year from the URL, sets it on selection, and links to the map at that year', async ({ page }) => {
    await page.goto('/charts/membership/?year=2005');
    const fig = figure(page, 'membership');
    const years = fig.getByRole('radiogroup', { name: charts.membership.yearsLabel });
    await expect(years.getByRole('radio', { checked: true })).toHaveAccessibleName(/^2005: 6 members, 4 observers$/);
    await years.getByRole('radio', { name: /^2017: 8 members/ }).click();
    await expect(page).toHaveURL(/[?&]year=2017(&|$)/);
    await expect(years.getByRole('radio', { checked: true })).toHaveAccessibleName(/^2017: 8 members/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]year=2018(&|$)/);
    await expect(fig.getByRole('link', { name: charts.frame.link })).toHaveAttribute('href', '/charts/membership/?year=2018');
    const toMap = fig.getByRole('link', { name: 'Show 2018 on the map' });
    await expect(toMap).toHaveAttribute('href', '/?year=2018');
    await toMap.click();
    await expect(page).toHaveURL(/\/\?year=2018$/);
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2018', { timeout: 30_000 });
  });

  test('the table holds the step chart’s counts', async ({ page }) => {
    await page.goto('/charts/membership/');
    const fig = figure(page, 'membership');
    await hydrated(fig);
    await fig.getByRole('button', { name: charts.views.table, exact: true }).click();
    const table = fig.getByRole('table', { name: /SCO members, observers and partners.*the data as shown/ });
    for (const [year, members] of [['1996', '5'], ['2001', '6'], ['2017', '8'], ['2023', '9'], ['2024', '10']] as const) {
      await expect(table.getByRole('row', { name: new RegExp(`^${year} ${members} `) })).toHaveCount(1);
    }
    await expect(fig.getByRole('table', { name: charts.membership.lanesTableCaption })).toBeVisible();
  });
});

test.describe('exercises and milestones', () => {
  test('exercises stack by kind per year, and the table agrees', async ({ page }) => {
    await page.goto('/charts/exercises-by-year/');
    const fig = figure(page, 'exercises-by-year');
    await expect(fig.getByRole('img', { name: '2019: 3 exercises (1 law enforcement, 1 cyber, 1 border operation)' })).toBeVisible();
    await hydrated(fig);
    await fig.getByRole('button', { name: charts.views.table, exact: true }).click();
    await expect(fig.getByRole('table').getByRole('row', { name: /^2019 3 / })).toContainText('Solidarity');
  });

  test('milestones link to their sources and keep their labels apart', async ({ page }) => {
    await page.goto('/charts/milestones/');
    const fig = figure(page, 'milestones');
    const convention = fig.getByRole('link', { name: /^15 June 2001: Shanghai Convention on Combating Terrorism, Separatism and Extremism \(Document\)/ });
    await expect(convention).toHaveAttribute('href', /^https?:\/\//);
    const boxes = await plotOf(fig)
      .locator('a[data-mark]')
      .evaluateAll((links) =>
        links.map((a) => {
          const texts = [...a.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
          const left = Math.min(...texts.map((r) => r.left));
          const right = Math.max(...texts.map((r) => r.right));
          return { top: Math.min(...texts.map((r) => r.top)), bottom: Math.max(...texts.map((r) => r.bottom)), left, right };
        }),
      );
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) continue;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
      }
    }
    await hydrated(fig);
    await fig.getByRole('checkbox', { name: charts.milestones.toggleAll }).check();
    await expect(fig.getByRole('link', { name: /^9 June 2017: India and Pakistan become members \(Membership\)/ })).toBeVisible();
  });
});

test.describe('the year a chart marks', () => {
  test('the exercises chart marks the year in the URL, the map’s year', async ({ page }) => {
    await page.goto('/charts/exercises-by-year/?year=2014');
    const band = figure(page, 'exercises-by-year').locator('[data-selected-year]').first();
    await expect(band).toHaveAttribute('data-selected-year', '2014');
    await page.goto('/charts/exercises-by-year/?year=1890');
    await expect(band).toHaveAttribute('data-selected-year', /^20\d\d$/);
  });
});

test.describe('chart pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const id of CHART_IDS) {
    test(`/charts/${id}/ shows the chart and its table`, async ({ page }) => {
      await page.goto(`/charts/${id}/`, { waitUntil: 'load' });
      const fig = figure(page, id);
      await expect(fig.locator('svg[role="group"]').first()).toBeVisible();
      await expect(fig.getByRole('table').first()).toBeVisible();
    });
  }
});

test.describe('the slide layout, drawn on demand', () => {
  test('a chart page carries no hidden slide layout; a slide-size export draws it, and the export is made', async ({ page, request }) => {
    const html = await (await request.get('/charts/milestones/')).text();
    // The page's own layouts only (full and compact); the slide layout is not in the HTML.
    expect(html.match(/data-export-plot=""/g) ?? []).toHaveLength(4);
    expect(html).not.toMatch(/data-export-only=""[^>]*>\s*<svg/);
    await page.goto('/charts/milestones/');
    const fig = figure(page, 'milestones');
    await hydrated(fig);
    const slidePlot = fig.locator('[data-export-only] svg[data-export-plot]');
    await expect(slidePlot).toHaveCount(0);
    await fig.getByRole('button', { name: 'Export chart' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /^PNG 1200 × 675 / }).click()]);
    expect(download.suggestedFilename()).toBe('milestones-1200x675.png');
    // Drawn hidden, once, for the export (the timeline on screen is too tall to read on a slide).
    await expect(slidePlot).toHaveCount(1);
    await expect(slidePlot).toBeHidden();
  });
});
