/**
 * Capital names on the zoomed map stay inside it (issue #16: labels near the edge are not
 * clipped): in views where capitals sit at every edge, each name shown lies wholly inside the
 * map's drawing, and its dot is on the map too (a capital off screen shows no name).
 */
import { expect, hydrated, test, type Page } from './support/test';

/** The boxes of the map and of each capital's dot and name, in CSS pixels. */
async function capitalBoxes(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[data-map-year]');
    const map = svg?.getBoundingClientRect();
    const names = [...document.querySelectorAll('[data-capital]')].flatMap((g) => {
      const text = g.querySelector('text');
      const dot = g.querySelector('circle');
      if (!text || !dot) return [];
      const t = text.getBoundingClientRect();
      const d = dot.getBoundingClientRect();
      return [{ name: text.textContent ?? '', text: { x0: t.left, y0: t.top, x1: t.right, y1: t.bottom }, dot: { x: (d.left + d.right) / 2, y: (d.top + d.bottom) / 2 } }];
    });
    return { map: map ? { x0: map.left, y0: map.top, x1: map.right, y1: map.bottom } : null, names };
  });
}

// Views whose edges cut through capitals: Baku at the left edge, Kathmandu near the bottom, Astana at the top.
const VIEWS = ['/?layers=members,capitals&z=3&c=75,40', '/?layers=members,capitals&z=4&c=52,38', '/?layers=members,capitals&z=2.5&c=95,30'];

for (const view of VIEWS) {
  test(`every capital name shown at ${view} is inside the map, beside a dot on the map`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(view);
    await hydrated(page);
    await expect(page.locator('[data-capital] text').first()).toBeVisible({ timeout: 20_000 });
    const { map, names } = await capitalBoxes(page);
    expect(map).not.toBeNull();
    if (!map) return;
    expect(names.length).toBeGreaterThan(2);
    const outside = names.filter(({ text, dot }) => text.x0 < map.x0 - 0.5 || text.x1 > map.x1 + 0.5 || text.y0 < map.y0 - 0.5 || text.y1 > map.y1 + 0.5 || dot.x < map.x0 || dot.x > map.x1 || dot.y < map.y0 || dot.y > map.y1);
    expect(outside.map((n) => n.name)).toEqual([]);
  });
}
