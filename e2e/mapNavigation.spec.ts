/**
 * Finding and reaching things on the map explorer on /: a year step's markers and their one tab
 * stop, a marker's details opened from the keyboard alone, "Find a state" (zoom and details, and
 * the names people type), and the hint the wheel shows where the pointer is.
 */
import { expect, test } from './support/test';
import { mapShows, slider } from './support/mapExplorer';

test.describe('map explorer on /', () => {
  test('a year step shows that year’s markers, one tab stop among them, without rewriting a marker', async ({ page }) => {
    await page.goto('/?year=2006');
    await mapShows(page, 2006);
    const chebarkul = page.getByRole('button', { name: /^Peace Mission 2007, Chebarkul/ });
    await expect(page.getByRole('button', { name: /^Peace Mission 2005/ }).first()).toBeVisible({ timeout: 20_000 });
    await expect(chebarkul).toHaveCount(0);
    // Watch the marker layer: a step may move the tab stop, nothing else.
    await page.evaluate(() => {
      const layer = document.querySelector('[data-marker-layer]');
      const w = window as unknown as { __markerChanges: string[] };
      w.__markerChanges = [];
      new MutationObserver((records) => {
        for (const r of records) w.__markerChanges.push(r.type === 'attributes' ? (r.attributeName ?? '') : r.type);
      }).observe(layer as Node, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await mapShows(page, 2007);
    await expect(chebarkul).toHaveCount(1);
    await expect(chebarkul).toHaveAttribute('data-current');
    await page.keyboard.press('ArrowRight');
    await mapShows(page, 2008);
    await expect(chebarkul).toHaveCount(1);
    await expect(chebarkul).not.toHaveAttribute('data-current');
    const changes = await page.evaluate(() => (window as unknown as { __markerChanges: string[] }).__markerChanges);
    expect(changes.filter((c) => c !== 'tabindex')).toEqual([]);
    // One tab stop among the markers, and it is on one the reader can see.
    await expect(page.locator('[data-marker][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('[data-marker][tabindex="0"]')).toBeVisible();
  });

  test('a marker keeps its size on screen and its place when the map zooms, by button and during a Ctrl+wheel gesture', async ({ page }) => {
    await page.goto('/?year=2019');
    await mapShows(page, 2019);
    const marker = page.getByRole('button', { name: /^Peace Mission 2018/ });
    await expect(marker).toHaveCount(1);
    // The symbol's size on screen, and how far it sits from its place's own point.
    // Optionally in the middle of a Ctrl+wheel gesture: the event is dispatched and the marker read
    // two frames later, well before the gesture ends (150 ms after its last wheel event) and React
    // writes the settled zoom.
    const read = (wheel = false) =>
      marker.evaluate(async (g, wheel) => {
        if (!(g instanceof SVGGraphicsElement)) throw new Error('the marker is not an SVG group');
        const svg = g.ownerSVGElement;
        if (wheel && svg) {
          const box = svg.getBoundingClientRect();
          const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
          g.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -60, deltaMode: 0, ctrlKey: true, bubbles: true, cancelable: true }));
          for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        const symbol = g.querySelector('path');
        const group = g.parentElement?.closest('g[transform*="scale"]');
        if (!(symbol instanceof SVGGraphicsElement) || !(group instanceof SVGGraphicsElement)) throw new Error('no symbol or zoom group');
        const box = symbol.getBoundingClientRect();
        const origin = /translate\(([-\d.]+),? ([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
        const ctm = group.getScreenCTM();
        if (!origin || !ctm) throw new Error('no placement');
        const place = new DOMPoint(Number(origin[1]), Number(origin[2])).matrixTransform(ctm);
        return { width: box.width, height: box.height, dx: box.x + box.width / 2 - place.x, dy: box.y + box.height / 2 - place.y, zoom: ctm.a };
      }, wheel);
    const before = await read();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('.rsm-zoomable-group')).toHaveAttribute('transform', /scale\(1\.5\)/);
    const zoomed = await read();
    expect(zoomed.zoom).toBeCloseTo(before.zoom * 1.5, 1);
    // The same size; beside its place (a marker spread on a ring sits a few pixels off it, its leader between).
    const same = (now: typeof before) => {
      expect(now.width).toBeCloseTo(before.width, 0);
      expect(now.height).toBeCloseTo(before.height, 0);
      expect(Math.hypot(now.dx, now.dy)).toBeLessThan(30);
    };
    same(before);
    same(zoomed);

    const during = await read(true);
    expect(during.zoom).toBeGreaterThan(zoomed.zoom * 1.05);
    same(during);
    await expect(page).toHaveURL((url) => Number(url.searchParams.get('z')) > 1.6);
    same(await read());
  });

  test('a marker focused from the keyboard keeps the focus when the map zooms in and out with + and −', async ({ page }) => {
    await page.goto('/?year=2016');
    await mapShows(page, 2016);
    await expect(page.locator('[data-marker-layer][data-years="all"]')).toBeAttached();
    // An earlier year's event, drawn faded and on its own (no ring): the kind of marker whose node
    // a zoom could replace if the markers were laid out again a year at a time.
    const marker = page.locator('[data-marker].shown-2016:not([data-current]):not(:has(line))').first();
    const name = await marker.getAttribute('aria-label');
    expect(name).toBeTruthy();
    await marker.focus();
    for (const [key, zoom] of [['+', /[?&]z=1.5\b/], ['-', /^(?!.*[?&]z=)/]] as const) {
      await page.keyboard.press(key);
      await expect(page).toHaveURL(zoom);
      await expect(page.locator('[data-marker-layer][data-years="all"]')).toBeAttached();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => [document.activeElement?.hasAttribute('data-marker'), document.activeElement?.getAttribute('aria-label')])).toEqual([true, name]);
    }
  });

  test('a marker’s details open from the keyboard alone', async ({ page }) => {
    await page.goto('/?year=2007');
    await mapShows(page, 2007);
    await slider(page).focus();
    // Tab on until a marker holds focus (one tab stop for all markers).
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-marker') ?? false)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-marker'))).toBe(true);
    for (let i = 0; i < 60; i++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (name.startsWith('Peace Mission 2007, Chebarkul')) break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Peace Mission 2007, Chebarkul, Russia, August 2007');
    await expect(page.getByRole('tooltip')).toContainText('Peace Mission 2007');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Peace Mission 2007', level: 2 });
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(/sel=peace-mission-2007/);
    const details = page.locator('[data-details="peace-mission-2007"]');
    await expect(details).toContainText('Chebarkul');
    await expect(details).toContainText('Sources');
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(page.locator(':focus')).toHaveAttribute('data-event', 'peace-mission-2007');
  });

  test('searching for a state zooms to it and opens its details', async ({ page }) => {
    await page.goto('/?year=2024');
    await mapShows(page, 2024);
    const search = page.getByRole('combobox', { name: 'Find a state' });
    await search.fill('kyrg');
    await expect(page.getByRole('option', { name: 'Kyrgyzstan (KGZ)' })).toBeVisible();
    await search.press('Enter');
    await expect(page).toHaveURL(/focus=KGZ/);
    await expect(page).toHaveURL(/z=\d/);
    await expect(page.getByRole('heading', { name: 'Kyrgyzstan', level: 2 })).toBeVisible();
    const transform = await page.locator('.rsm-zoomable-group').getAttribute('transform');
    const k = Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1]);
    expect(k).toBeGreaterThan(3);

    await search.fill('IND');
    await search.press('Enter');
    await expect(page).toHaveURL(/focus=IND/);
  });

  test('finds a state by the names people type: a former name, an abbreviation, Russian, Chinese', async ({ page }) => {
    await page.goto('/?year=2024');
    await mapShows(page, 2024);
    const search = page.getByRole('combobox', { name: 'Find a state' });
    for (const [query, option] of [
      ['Burma', 'Myanmar (MMR)'],
      ['UAE', 'United Arab Emirates (ARE)'],
      ['Киргизия', 'Kyrgyzstan (KGZ)'],
      ['中国', 'China (CHN)'],
    ] as const) {
      await search.fill(query);
      await expect(page.getByRole('option', { name: option })).toBeVisible();
      await expect(page.getByText('1 matching state')).toBeAttached();
    }
  });
});

test.describe('the wheel hint', () => {
  test('shows where the pointer is, not at the map’s foot', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 640 });
    await page.goto('/?year=2024');
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', '2024', { timeout: 20_000 });
    const map = page.locator('svg[data-map-year]');
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    const pointer = { x: box.x + box.width * 0.3, y: box.y + 120 };
    await page.mouse.move(pointer.x, pointer.y);
    await page.mouse.wheel(0, 40);
    const hint = page.getByText('Hold Ctrl (⌘ on a Mac) and scroll to zoom, or click the map first');
    await expect(hint).toBeInViewport();
    const at = await hint.boundingBox();
    if (!at) throw new Error('no hint');
    expect(Math.abs(at.y + at.height - pointer.y)).toBeLessThan(80);
  });
});
