import { builtRoutes } from './support/routes';
import { expect, test } from './support/test';

/** Every English page of the built site (out/) and a sample of each kind in Russian and Chinese (support/routes.ts). */
const routes = () => builtRoutes();

const PHONE = { width: 360, height: 780 };

test.describe('on a phone (360 × 780)', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('no page scrolls sideways', async ({ page }) => {
    test.setTimeout(180_000);
    const pages = routes();
    expect(pages.length).toBeGreaterThan(15);
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      // Against the phone's width, not innerWidth: a mobile browser zooms out to fit a page that overflows.
      const overflow = await page.evaluate((width) => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - width, PHONE.width);
      if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
    }
    expect(wide).toEqual([]);
  });
});

test.describe('the map on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('tapping a state shows its details in view; closing returns to the map', async ({ page }) => {
    await page.goto('/?year=2024');
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2024', { timeout: 20_000 });
    const kazakhstan = page.locator('[data-id="KAZ"][role="button"]');
    await kazakhstan.scrollIntoViewIfNeeded();
    const box = await kazakhstan.boundingBox();
    if (!box) throw new Error('Kazakhstan is not drawn');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const heading = page.getByRole('heading', { name: 'Kazakhstan', level: 2 });
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
    await page.getByRole('button', { name: 'Close details' }).tap();
    await expect(heading).toHaveCount(0);
    await expect(kazakhstan).toBeInViewport();
  });
});

test.describe('small states on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  // Each tapped 10 px off its centre, away from its neighbours' targets (Bahrain and Qatar are close).
  for (const [iso, name, dx, dy] of [
    ['BHR', 'Bahrain', 0, -10],
    ['QAT', 'Qatar', 0, 10],
    ['MDV', 'Maldives', 10, 0],
  ] as const) {
    test(`${name} can be tapped 10 px off its centre`, async ({ page }) => {
      await page.goto('/?year=2024');
      await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2024', { timeout: 20_000 });
      const target = page.locator(`[data-id="${iso}"][data-touch-target]`);
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      if (!box) throw new Error(`${name} has no touch target`);
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      await page.touchscreen.tap(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
      await expect(page.getByRole('heading', { name, level: 2 })).toBeInViewport();
    });
  }
});

/** What a phone shows of a chart's plot: its words' sizes in CSS px and what reaches past the screen. */
interface PlotText {
  /** The plot's drawn width over its layout's width (1 when laid out at the real width). */
  scale: number;
  smallest: { size: number; text: string } | null;
  outside: string[];
}

const CHART_PATHS = ['terrorism-2020', 'rats-figures', 'membership', 'exercises-by-year', 'milestones'].flatMap((id) => [`/charts/${id}/`, `/embed/${id}/`]);

test.describe('chart text on a phone (360 px)', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  for (const path of CHART_PATHS) {
    test(`${path}: every word of the plot is 12 CSS px or more, and none reaches past the screen`, async ({ page }) => {
      await page.goto(path);
      const read = () =>
        page.evaluate((): PlotText => {
          const plot = [...document.querySelectorAll<SVGSVGElement>('svg[data-export-plot]')].find((svg) => svg.getClientRects().length > 0);
          if (!plot) return { scale: 0, smallest: null, outside: ['no plot on screen'] };
          const scale = plot.getBoundingClientRect().width / plot.viewBox.baseVal.width;
          let smallest: PlotText['smallest'] = null;
          const outside: string[] = [];
          for (const text of plot.querySelectorAll('text')) {
            const words = text.textContent?.trim() ?? '';
            if (words === '' || text.getClientRects().length === 0) continue;
            // The size the reader sees: the font size times the plot's scale (and any transform on the way).
            const size = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? scale);
            if (!smallest || size < smallest.size) smallest = { size, text: words };
            const box = text.getBoundingClientRect();
            if (box.left < -0.5 || box.right > document.documentElement.clientWidth + 0.5) outside.push(`"${words}" ${Math.round(box.left)}…${Math.round(box.right)}`);
          }
          return { scale, smallest, outside };
        });
      // The plot lays itself out at the column's width once the page has loaded.
      await expect.poll(async () => (await read()).scale, { message: 'the plot is drawn at its layout’s width' }).toBeGreaterThan(0.97);
      const { smallest, outside } = await read();
      expect(smallest, 'the plot has words').not.toBeNull();
      expect(smallest?.size ?? 0, `smallest word: "${smallest?.text}"`).toBeGreaterThanOrEqual(11.99);
      expect(outside).toEqual([]);
    });
  }
});
