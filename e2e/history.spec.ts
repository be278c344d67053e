import { expect, test, type Page } from './support/test';
import { mapShows } from './support/mapExplorer';
const layer = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test.describe('Back and Forward', () => {
  test('undo the map’s discrete changes, not each step of the slider, and never leave the site early', async ({ page }) => {
    await page.goto('/charts/');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await mapShows(page, 2026);

    // Three slider steps: continuous, so they replace one entry.
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await mapShows(page, 2023);
    await expect(page).toHaveURL(/year=2023/);

    // A layer toggle and a state from the search: discrete, one entry each.
    await layer(page, 'Incidents').click();
    await expect(layer(page, 'Incidents')).toHaveAttribute('aria-pressed', 'false');
    const search = page.getByRole('combobox', { name: 'Find a state' });
    await search.fill('kyrg');
    await search.press('Enter');
    await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toHaveCount(0);
    await expect(page).not.toHaveURL(/focus=/);
    await expect(layer(page, 'Incidents')).toHaveAttribute('aria-pressed', 'false');

    await page.goBack();
    await expect(layer(page, 'Incidents')).toHaveAttribute('aria-pressed', 'true');
    await mapShows(page, 2023);

    await page.goForward();
    await expect(layer(page, 'Incidents')).toHaveAttribute('aria-pressed', 'false');
    await page.goBack();

    // The slider's steps were one entry: the next Back leaves the dashboard for the page before.
    await page.goBack();
    await expect(page).toHaveURL(/\/charts\/$/);
  });

  test('undo a chart’s Table view and its second view; links carry both', async ({ page }) => {
    await page.goto('/charts/terrorism-2020/');
    const fig = page.locator('figure[data-chart="terrorism-2020"]');
    await fig.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page).toHaveURL(/[?&]table=1/);
    await fig.getByRole('checkbox', { name: 'Add other sourced years' }).check();
    await expect(page).toHaveURL(/[?&]extra=1/);
    await expect(fig.getByRole('link', { name: 'Link to this view' })).toHaveAttribute('href', /table=1/);
    await expect(fig.getByRole('link', { name: 'Link to this view' })).toHaveAttribute('href', /extra=1/);

    await page.goBack();
    await expect(fig.getByRole('checkbox', { name: 'Add other sourced years' })).not.toBeChecked();
    await expect(fig.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
    await expect(fig.getByRole('button', { name: 'Chart', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a shared link opens the chart as the sender saw it', async ({ page }) => {
    await page.goto('/charts/terrorism-2020/?table=1&extra=1');
    const fig = page.locator('figure[data-chart="terrorism-2020"]');
    await expect(fig.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(fig.getByRole('checkbox', { name: 'Add other sourced years' })).toBeChecked();
    await expect(fig.getByRole('table').first()).toBeVisible();
  });
});
