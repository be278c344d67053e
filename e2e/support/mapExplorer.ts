/**
 * The map explorer as its specs read it: the interactive map has drawn a year, and the year slider.
 * Shared by the map specs (e2e/map*.spec.ts) and the keyboard and history specs.
 */
import { expect, type Page } from './test';

/** The interactive map has loaded its geometry and drawn `year`. */
export async function mapShows(page: Page, year: number | string) {
  await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', String(year), { timeout: 20_000 });
}

/** The year slider (its English name). */
export const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
