/**
 * Briefing mode's addresses: each slide has its URL (reload and Back/Forward keep the place),
 * hostile `slide` values land on the nearest slide, a deck built with "Add to briefing" reopens
 * from its URL alone in a fresh browser, and a tampered deck URL opens what can be read and says
 * what was left out; the built page is the deck itself, hydrated in place.
 */
import { holdScripts } from './support/holdScripts';
import { expect, test } from './support/test';
import { collectProblems as collectErrors } from './support/pageReady';
import { currentSlide, expectSlide, readyFrame } from './support/deck';
import { present as t } from '../locales/en/present';

test.describe('the deck', () => {
  test('each slide has its URL: reload and Back/Forward keep the place', async ({ page }) => {
    await page.goto('/present/?slide=4');
    await expectSlide(page, 4);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 5);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 6);
    await page.reload();
    await expectSlide(page, 6);
    await page.goBack();
    await expectSlide(page, 5);
    await page.goBack();
    await expectSlide(page, 4);
    await page.goForward();
    await expectSlide(page, 5);
  });

  test('hostile slide values land on the nearest slide and the URL is rewritten, without an error', async ({ page }) => {
    const errors = collectErrors(page);
    for (const [raw, n] of [
      ['99', 13],
      ['0', 1],
      ['-3', 1],
      ['abc', 1],
      ['<script>alert(1)</script>', 1],
      ['1e309', 13],
      ['4.6', 5],
      ['', 1],
      ['%00', 1],
    ] as const) {
      await page.goto(`/present/?slide=${encodeURIComponent(raw)}`);
      await expectSlide(page, n);
      await expect(page.getByRole('heading', { level: 1, name: t.metadata.title })).toBeAttached();
    }
    expect(errors).toEqual([]);
  });
});

test.describe('the built deck', () => {
  test('the title slide painted before the scripts run is the one that stays: hydrated in place, not replaced', async ({ page }) => {
    // Hold the scripts back: what shows is the built page alone.
    const release = await holdScripts(page);
    const errors = collectErrors(page);
    await page.goto('/present/', { waitUntil: 'commit' });
    const lede = currentSlide(page).locator('p').nth(1);
    await expect(lede).toBeVisible();
    await expect(page.getByRole('button', { name: t.deck.next })).toBeAttached();
    const painted = await lede.elementHandle();
    if (!painted) throw new Error('no title slide before the scripts');
    release();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1);
    // The same element: a replaced slide would be a new paint, and a late Largest Contentful Paint.
    expect(await painted.evaluate((el) => el.isConnected)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a link to a later slide never shows the title slide first; if the scripts never come, the title slide shows', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/present/?slide=3', { waitUntil: 'commit' });
    // Hidden from the accessibility tree too while it is blank: found with includeHidden.
    const stage = page.getByRole('region', { name: t.deck.label, includeHidden: true });
    await expect(page.getByRole('button', { name: t.deck.next })).toBeVisible();
    await expect(stage).toBeAttached();
    await expect(stage).toBeHidden();
    release();
    await expectSlide(page, 3);
    await expect(stage).toBeVisible();

    await page.unrouteAll();
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
    await page.goto('/present/?slide=3', { waitUntil: 'commit' });
    await expect(page.getByRole('button', { name: t.deck.next })).toBeVisible();
    await expect(stage).toBeAttached();
    await expect(stage).toBeHidden();
    // Shown after 8 s whatever happens: the built page’s first slide.
    await expect(stage).toBeVisible({ timeout: 15_000 });
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^Slide 1 of \d+:/);
  });
});

test.describe('your own deck', () => {
  test('"Add to briefing" on a map view and a chart builds a deck that opens from its URL alone', async ({ page, browser }) => {
    await page.goto('/?year=2010&layers=members,exercises&focus=KGZ');
    await page.getByRole('button', { name: t.add.button }).click();
    await expect(page.getByText(t.add.added)).toBeVisible();
    await page.goto('/charts/membership/?year=2003');
    await page.getByRole('button', { name: t.add.button }).click();
    await expect(page.getByText(t.add.added)).toBeVisible();

    await page.goto('/present/');
    await expect(page).toHaveURL(/[?&]deck=/);
    await page.keyboard.press('End');
    await expectSlide(page, 15);
    const url = new URL(page.url());
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^Slide 15 of 15: SCO members, observers and partners/);
    const chart = (await readyFrame(page)).contentFrame();
    await expect(chart.getByRole('radio', { checked: true })).toHaveAccessibleName(/^2003:/);

    // A fresh browser (no stored deck) opens the same deck from the address alone.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    url.searchParams.set('slide', '14');
    await other.goto(url.toString());
    await expect(currentSlide(other)).toHaveAttribute('aria-label', /^Slide 14 of 15: SCO members, joint exercises and border incidents, 2010/);
    const map = (await readyFrame(other)).contentFrame();
    await expect(map.getByRole('slider', { name: 'Year' })).toHaveValue('2010');
    await expect(map.getByRole('button', { name: 'Incidents' })).toHaveAttribute('aria-pressed', 'false');
    await expect(map.getByRole('heading', { name: 'Kyrgyzstan' })).toBeVisible({ timeout: 20_000 });
    await fresh.close();
  });

  test('a tampered deck URL opens the slides that can be read and says which parts were left out', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/present/?deck=1~d0~zz~m.!!~d4~c9');
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^Slide 1 of 2: /);
    const notice = page.getByRole('status').filter({ hasText: t.deck.ignoredIntro });
    await expect(notice).toContainText('part 2 (“zz”)');
    await expect(notice).toContainText('part 3 (“m.!!”)');
    await expect(notice).toContainText('part 5 (“c9”)');
    await expect(page).toHaveURL(/deck=1~d0~d4(&|$)/);
    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^Slide 2 of 2: SCO members, joint exercises and border incidents, 2024/);

    await page.goto('/present/?deck=7~d0~d1');
    await expect(page.getByRole('status').filter({ hasText: 'showing the default briefing' })).toBeVisible();
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^Slide 1 of 13: /);
    expect(errors).toEqual([]);
  });
});
