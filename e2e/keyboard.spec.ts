/**
 * The dashboard from the keyboard alone: skip link, navigation, the year slider, a marker's
 * details, a chart's table inside its frame, and the chart's Export menu; every Tab stop shows
 * where focus is. And playback under prefers-reduced-motion: no animation runs.
 */
import { focusInfo } from './support/focus';
import { collectProblems } from './support/pageReady';
import { expect, test, type Page } from './support/test';
import { mapShows } from './support/mapExplorer';

/** Presses Tab until `done` says so (at most `limit` times); every stop must show its focus. */
async function tabUntil(page: Page, done: (label: string, frames: string[]) => boolean, limit = 60): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    expect(f.visible, `focus is not visible on ${[...f.frames, f.label].join(' › ')}: ${f.why}`).toBe(true);
    if (done(f.label, f.frames)) return f.label;
  }
  throw new Error(`${limit} Tabs did not reach the element`);
}

test('the dashboard end to end from the keyboard, focus visible at every stop', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = collectProblems(page);
  await page.goto('/?year=2006');
  await mapShows(page, 2006);

  // The skip link is the first stop; then the header's navigations (the site's, the languages'),
  // each link showing its focus.
  await tabUntil(page, (label) => label.startsWith('a "Skip'), 1);
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(banner.getByRole('navigation', { name: 'Language' })).toBeVisible();
  const navLinks = await banner.getByRole('navigation').getByRole('link').count();
  expect(navLinks).toBeGreaterThan(1);
  let inNav = 0;
  for (let i = 0; i < 30; i++) {
    await tabUntil(page, () => true, 1);
    if (await banner.evaluate((b) => [...b.querySelectorAll('nav')].some((n) => n.contains(document.activeElement)))) inNav++;
    if (await page.getByRole('main').evaluate((m) => m.contains(document.activeElement))) break;
  }
  expect(inNav).toBe(navLinks);

  // Back to the skip link: it moves focus to the main content.
  for (let i = 0; i < 20 && !(await focusInfo(page)).label.startsWith('a "Skip'); i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The year slider: arrows move the year and the map follows.
  await tabUntil(page, (label) => label.startsWith('input'));
  await expect(page.getByRole('slider', { name: 'Year' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await mapShows(page, 2007);

  // A marker: one stop for all markers, arrows between them, Enter opens its details.
  await tabUntil(page, () => true, 40).then(async function next(): Promise<void> {
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-marker') ?? false)) return;
    await tabUntil(page, () => true, 1);
    return next();
  });
  await page.keyboard.press('ArrowRight');
  const marker = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  expect(marker).not.toBe('');
  expect((await focusInfo(page)).visible).toBe(true);
  await page.keyboard.press('Enter');
  const details = page.locator('[data-details]');
  await expect(details).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: marker.split(',')[0] ?? '' }).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);

  // On into the first chart's frame: its Table button shows the table.
  await tabUntil(page, (label, frames) => frames.length > 0 && label === 'button "Table"', 120);
  const frameTitle = (await focusInfo(page)).frames[0] ?? '';
  const chart = page.getByTitle(frameTitle, { exact: true }).contentFrame();
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('table').first()).toBeVisible();

  // The chart's Export menu: Enter opens it on its first item, Escape closes it back to the button.
  await tabUntil(page, (label) => label.startsWith('button "Export'), 20);
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('menuitem').first()).toBeFocused();
  expect((await focusInfo(page)).visible).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(chart.getByRole('menuitem').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chart.getByRole('menu')).toBeHidden();
  await expect(chart.getByRole('button', { name: /^Export/ })).toBeFocused();
  expect(problems).toEqual([]);
});

test.describe('under prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Play steps the years with nothing on the page animating', async ({ page }) => {
    // 2000 → 2001: the Shanghai Five become the SCO's members, so the map's fills change.
    await page.goto('/?year=2000');
    await mapShows(page, 2000);
    // Watch every frame while two years go by: any animation or transition longer than a
    // millisecond that runs is motion the reader asked not to see.
    const watched = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen = new Set<string>();
          const end = performance.now() + 4_000;
          const look = () => {
            for (const a of document.getAnimations()) {
              const t = a.effect?.getComputedTiming();
              if (a.playState === 'running' && Number(t?.duration ?? 0) > 1) seen.add(`${a.constructor.name} of ${String(t?.duration)} ms`);
            }
            if (performance.now() < end) requestAnimationFrame(look);
            else resolve([...seen]);
          };
          requestAnimationFrame(look);
        }),
    );
    await page.getByRole('button', { name: /^Play/ }).click();
    await mapShows(page, 2001);
    expect(await watched).toEqual([]);
    await page.getByRole('button', { name: 'Pause' }).click();
    const stopped = await page.locator('svg[data-map-year]').getAttribute('data-map-year');
    await page.waitForTimeout(2_000);
    await expect(page.locator('svg[data-map-year]')).toHaveAttribute('data-map-year', stopped ?? '');
  });
});
