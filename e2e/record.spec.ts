/**
 * The record as a reader meets it: each place says how precisely it is known, casualty figures
 * are one statement's with who gave them, and the exercises chart does not claim more than the
 * record covers.
 */
import { expect, test, type Page } from './support/test';

async function mapShows(page: Page, year: number) {
  await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', String(year), { timeout: 20_000 });
}

test.describe('the record on the map', () => {
  test('an exercise known only to its region says so in its details, at the region’s seat', async ({ page }) => {
    await page.goto('/?year=2024&sel=anti-terrorism-interaction-2024');
    await mapShows(page, 2024);
    const details = page.locator('[data-details="anti-terrorism-interaction-2024"]');
    await expect(details).toContainText('regional seat');
    await expect(details).toContainText(/seat of Xinjiang/);
    await expect(details.locator('[data-precision="region"]')).toHaveCount(1);
  });

  test('the list view gives each incident one statement’s figures, with whose people and who gave them', async ({ page }) => {
    await page.goto('/?year=2025&view=list&layers=incidents');
    const table = page.getByRole('table').filter({ hasText: 'Casualties (the largest single statement)' });
    await expect(table).toBeVisible();
    const cells = await table.locator('tbody tr td:nth-child(5)').allInnerTexts();
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) {
      // "59 killed, 144 injured: soldiers and civilians of Kyrgyzstan (Kyrgyz Ministry of Health, 18 September 2022)"
      if (cell !== 'no casualty figure given') expect(cell).toMatch(/(killed|injured): .+ \(.+, [^,]*\d{4}\)/);
    }
  });
});

test.describe('the exercises chart', () => {
  test('says what its record covers instead of claiming empty years had no exercise', async ({ page }) => {
    await page.goto('/charts/exercises-by-year/');
    const figure = page.getByRole('figure').first();
    await expect(figure).toContainText('not necessarily none held');
    await page.getByRole('button', { name: /table/i }).first().click();
    await expect(page.getByRole('table').first()).not.toContainText('no exercises');
  });
});
