/**
 * A step of the year slider shows its year at once and everywhere (the map's fills and markers,
 * the legend, the slider's words) without waiting for React, which takes the year once the slider
 * rests (components/map/yearSignal.ts). What a step shows must be what a fresh load of that year
 * shows, both at the step itself and once React and the URL have caught up.
 */
import { expect, test, type Page } from './support/test';
import { mapShows, slider } from './support/mapExplorer';

interface YearView {
  year: string | null;
  yearClasses: string[];
  svgLabel: string | null;
  fills: string[];
  tinyStates: string[];
  markersShown: number;
  legend: string[];
  slider: (string | null)[];
}

/** Everything on the explorer that depends on the year, read in one go (in the page). */
const readYearView = (): YearView => {
  const svg = document.querySelector('svg[data-map-year]');
  const legend = document.querySelector('[data-map-legend]');
  const input = document.querySelector<HTMLInputElement>('input[type="range"]');
  const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
  return {
    year: svg?.getAttribute('data-map-year') ?? null,
    yearClasses: Array.from(svg?.classList ?? []).filter((c) => c.startsWith('map-year-')),
    svgLabel: svg?.getAttribute('aria-label') ?? null,
    fills: Array.from(svg?.querySelectorAll('path[data-id]') ?? []).map((p) => `${p.getAttribute('data-id')}=${p.getAttribute('fill')}`),
    tinyStates: Array.from(svg?.querySelectorAll('[data-tiny-symbol]') ?? []).map((c) => {
      const state = c.closest('[data-id]');
      return `${state?.getAttribute('data-id')}=${c.getAttribute('fill')} none=${state?.getAttribute('data-none')}`;
    }),
    markersShown: Array.from(svg?.querySelectorAll('[data-marker-layer] [data-year-bound]') ?? []).filter((m) => getComputedStyle(m).display !== 'none').length,
    legend: [
      legend?.getAttribute('data-map-legend') ?? '',
      ...Array.from(legend?.querySelectorAll('h2, p, [aria-label], li:not([hidden])') ?? []).map((el) => `${el.getAttribute('aria-label') ?? ''}|${text(el)}`),
    ],
    slider: [input?.getAttribute('aria-valuenow') ?? null, input?.getAttribute('aria-valuetext') ?? null, text(document.querySelector('output')), document.querySelector('button[aria-label^="Play"]')?.getAttribute('aria-label') ?? null],
  };
};

/** The map's marker layer once it holds every year's markers, not the shown year's alone (useYearMarkers.ts). */
const allYearsDrawn = (page: Page) => expect(page.locator('[data-marker-layer][data-years="all"]').first()).toBeAttached();

async function freshView(page: Page, year: number): Promise<YearView> {
  await page.goto(`/?year=${year}`);
  await mapShows(page, year);
  await allYearsDrawn(page);
  return page.evaluate(readYearView);
}

/** Moves the slider to `year` as a drag would: its value, then an `input` event. */
const stepTo = (next: number): void => {
  const input = document.querySelector<HTMLInputElement>('input[type="range"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!input || !setValue) throw new Error('no year slider');
  setValue.call(input, String(next));
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

/** A step and the page read in the same task: what the step itself put on screen, before any re-render could run. */
const stepAndRead = (page: Page, next: number) => page.evaluate(`(${stepTo.toString()})(${next}), (${readYearView.toString()})()`) as Promise<YearView>;

test.describe('a year step', () => {
  // Steps where the statuses change (a new observer; India and Pakistan join; tiny dialogue
  // partners), where the legend's judgement changes (the last year is "as of" a date), and back.
  const steps: [number, number][] = [
    [2003, 2004],
    [2016, 2017],
    [2023, 2022],
    [2025, 2026],
  ];
  for (const [from, to] of steps) {
    test(`${from} → ${to} shows at once what a fresh load of ${to} shows, and still does once the URL has it`, async ({ page }) => {
      test.setTimeout(90_000);
      const expected = await freshView(page, to);
      expect(expected.year).toBe(String(to));

      await page.goto(`/?year=${from}`);
      await mapShows(page, from);
      await allYearsDrawn(page);
      const atStep = await stepAndRead(page, to);
      expect(atStep).toEqual(expected);

      await expect(page).toHaveURL(new RegExp(`[?&]year=${to}\\b`));
      expect(await page.evaluate(readYearView)).toEqual(expected);
    });
  }

  test('a step taken as the map appears, before the other years’ markers are drawn, shows its year’s markers by the next frame', async ({ page }) => {
    test.setTimeout(90_000);
    const expected = await freshView(page, 2017);
    // The map's data is held until the page watches for the marker layer, so the step lands while
    // the layer holds 2016's markers alone (the other years are laid out in later tasks).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/map-data\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/?year=2016');
    const stepped = page.evaluate(
      `new Promise((resolve) => {
        const stepAt = () => {
          const layer = document.querySelector('[data-marker-layer]');
          if (!layer) return false;
          const drawn = layer.getAttribute('data-years');
          (${stepTo.toString()})(2017);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({ drawn, view: (${readYearView.toString()})() })));
          return true;
        };
        const watch = new MutationObserver(() => { if (stepAt()) watch.disconnect(); });
        watch.observe(document.body, { childList: true, subtree: true });
      })`,
    ) as Promise<{ drawn: string; view: YearView }>;
    release();
    const { drawn, view } = await stepped;
    expect(drawn).toBe('shown');
    expect(view.markersShown).toBe(expected.markersShown);
    expect(view.year).toBe('2017');
    await allYearsDrawn(page);
    await expect(page).toHaveURL(/[?&]year=2017\b/);
    expect(await page.evaluate(readYearView)).toEqual(expected);
  });

  test('keys moved quickly land on the last year, in the map, the legend and the address', async ({ page }) => {
    await page.goto('/?year=2000');
    await mapShows(page, 2000);
    await slider(page).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await mapShows(page, 2005);
    await expect(page).toHaveURL(/[?&]year=2005\b/);
    await expect(page.locator('[data-map-legend]')).toHaveAttribute('data-map-legend', '2005');
    await expect(page.getByRole('list', { name: 'Status in 2005' })).toBeVisible();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^2005\b/);
  });

  test('a step taken while React is still taking the previous one is kept, not snapped back', async ({ page }) => {
    await page.goto('/?year=2000');
    await mapShows(page, 2000);
    // In one go, before React can render in between (on a slow phone, the gap between React being
    // handed the slider's year and showing it): the slider moves to 2003, React is handed 2003 (a
    // pointer goes down elsewhere in the explorer, as the slider's rest would), the slider moves on.
    await slider(page).evaluate((el) => {
      const input = el as HTMLInputElement;
      const step = (year: number) => {
        input.value = String(year);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      step(2003);
      document.querySelector('[data-map-legend]')?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      step(2010);
    });
    await mapShows(page, 2010);
    await expect(page).toHaveURL(/[?&]year=2010\b/);
    await expect(page.locator('[data-map-legend]')).toHaveAttribute('data-map-legend', '2010');
    await expect(slider(page)).toHaveValue('2010');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^2010\b/);
    // Still there once React has caught up with both.
    await page.waitForTimeout(500);
    await mapShows(page, 2010);
    await expect(slider(page)).toHaveValue('2010');
  });
});
