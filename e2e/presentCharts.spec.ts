/**
 * The tall charts on a briefing slide (issue #17: type readable from the back of the room): on a
 * 1280 × 800 window, membership, the RATS figures and milestones show the layout laid out for the
 * slide's wide figure room (panels or columns side by side), so every word of the plot is at least
 * 11 CSS px on screen (their tall layouts, fitted to the slide, came out at 6–8 px).
 */
import { expect, hydrated, test } from './support/test';
import { expectSlide, readyFrame } from './support/deck';

/** The default briefing's slides of the three tall charts. */
const SLIDES = [
  { n: 7, chart: 'membership' },
  { n: 9, chart: 'RATS figures' },
  { n: 11, chart: 'milestones' },
];

for (const { n, chart } of SLIDES) {
  test(`slide ${n} (${chart}): every word of the plot is at least 11 px on a 1280 × 800 screen`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/present/?slide=${n}`);
    await hydrated(page);
    await expectSlide(page, n);
    const frame = (await readyFrame(page)).contentFrame();
    // Each visible word's size on screen: its font size times the scale the page draws its svg at.
    const sizes = await frame.locator('main').evaluate((main) => {
      const frameScale = window.frameElement ? window.frameElement.getBoundingClientRect().width / window.innerWidth : 1;
      return [...main.querySelectorAll('svg text')]
        .filter((t) => t instanceof SVGTextElement && t.getBBox().width > 0 && (t.textContent ?? '').trim() !== '' && t.checkVisibility())
        .map((t) => {
          const el = t as SVGTextElement;
          const ctm = el.getScreenCTM();
          const px = parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1) * frameScale;
          return { text: (el.textContent ?? '').slice(0, 30), px: Math.round(px * 10) / 10 };
        });
    });
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => s.px < 11)).toEqual([]);
  });
}
