/**
 * The tab's icon is written into each page's head (views/siteIcon.ts), so no page waits on a
 * request for it: every kind of page, in each language and the not-found page, names one icon,
 * inline, and the browser draws it as the site's mark (the blue tile and the orange marker).
 */
import { expect, test, type Page } from './support/test';

const PAGES = ['/', '/ru/', '/zh/charts/membership/', '/present/', '/embed/membership/', '/no-such-page/'];

/** The colour the browser draws at (x, y) of the page's icon (its own 32 × 32 units), drawn at 64 × 64. */
async function iconPixels(page: Page, points: readonly (readonly [number, number])[]): Promise<number[][]> {
  return page.evaluate(async (at) => {
    const href = document.querySelector('head link[rel="icon"]')?.getAttribute('href') ?? '';
    const img = new Image();
    img.src = href;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d');
    if (!ctx) return [];
    ctx.drawImage(img, 0, 0, 64, 64);
    return at.map(([x, y]) => Array.from(ctx.getImageData(x * 2, y * 2, 1, 1).data.slice(0, 3)));
  }, points);
}

const near = (rgb: number[] | undefined, hex: string) => {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return rgb !== undefined && want.every((v, i) => Math.abs((rgb[i] ?? -999) - v) <= 24);
};

for (const path of PAGES) {
  test(`${path} names one icon, inline, drawn as the site's mark`, async ({ page }) => {
    await page.goto(path);
    const icons = page.locator('head link[rel~="icon"]');
    await expect(icons).toHaveCount(1);
    await expect(icons).toHaveAttribute('href', /^data:image\/svg\+xml,/);
    await expect(icons).toHaveAttribute('type', 'image/svg+xml');
    // The tile's blue by its edge, the marker's orange, the globe's white line across the middle.
    const [tile, marker, line] = await iconPixels(page, [[3, 20], [21.5, 11.5], [10, 15.5]]);
    expect(near(tile, '#1d4f91'), `tile ${tile?.join(',')}`).toBe(true);
    expect(near(marker, '#e69f00'), `marker ${marker?.join(',')}`).toBe(true);
    expect(near(line, '#ffffff'), `line ${line?.join(',')}`).toBe(true);
  });
}
