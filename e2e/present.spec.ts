import { expect, test, type Page } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { present } from '../locales/en/present';

/**
 * Briefing mode: the deck at /present (keys, URL, reload, Back/Forward, hostile `slide` values,
 * swipes, keys inside a slide's frame, the map's Play, notes, black screen, full screen), the
 * presenter view following and driving it, a deck built with "Add to briefing" reopened from its
 * URL alone, a tampered deck URL, the editor, and axe on the three pages in two themes.
 */
const t = present;

/** The slide on screen: the one slide group not hidden. */
const currentSlide = (page: Page) => page.locator('section[aria-roledescription="slide"][data-current]');

async function slideCount(page: Page): Promise<number> {
  const label = (await currentSlide(page).getAttribute('aria-label')) ?? '';
  const m = /^Slide \d+ of (\d+):/.exec(label);
  if (!m?.[1]) throw new Error(`no slide label: ${label}`);
  return Number(m[1]);
}

async function expectSlide(page: Page, n: number) {
  await expect(currentSlide(page)).toHaveAttribute('aria-label', new RegExp(`^Slide ${n} of \\d+:`));
  await expect(page).toHaveURL((url) => url.searchParams.get('slide') === String(n));
  await expect(page.getByRole('group', { name: t.deck.toolbar }).getByText(new RegExp(`^Slide ${n} of \\d+$`))).toBeAttached();
}

/** The current slide's frame, once it listens (it passes keys on and takes the theme). */
async function readyFrame(page: Page) {
  const frame = currentSlide(page).locator('iframe[data-slide-frame]');
  await expect(frame).toHaveAttribute('data-ready', '', { timeout: 30_000 });
  return frame;
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

test.describe('the deck', () => {
  test('every clicker key moves it, a number then Enter jumps, and the counter says where', async ({ page }) => {
    await page.goto('/present/?slide=1');
    await expectSlide(page, 1);
    const count = await slideCount(page);
    expect(count).toBe(13);
    for (const [key, n] of [
      ['ArrowRight', 2],
      ['ArrowDown', 3],
      ['PageDown', 4],
      ['Space', 5],
      ['Enter', 6],
      ['ArrowLeft', 5],
      ['ArrowUp', 4],
      ['PageUp', 3],
      ['Shift+Space', 2],
      ['End', count],
      ['ArrowRight', count],
      ['Home', 1],
      ['ArrowLeft', 1],
    ] as const) {
      await page.keyboard.press(key);
      await expectSlide(page, n);
    }
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await expect(page.getByText('Go to slide 11…')).toBeVisible();
    await page.keyboard.press('Enter');
    await expectSlide(page, 11);
    await page.keyboard.press('9');
    await page.keyboard.press('9');
    await page.keyboard.press('Enter');
    await expectSlide(page, count);
    // The toolbar's buttons do the same.
    await page.getByRole('button', { name: t.deck.previous }).click();
    await expectSlide(page, count - 1);
  });

  test('the slide fills the screen at 16:9 without scrolling, its type at least 1/30 of its height', async ({ page }) => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
      { width: 800, height: 900 },
    ]) {
      await page.setViewportSize(size);
      for (const n of [1, 3, 12]) {
        await page.goto(`/present/?slide=${n}`);
        const slide = currentSlide(page).locator('> div').first();
        const box = await slide.boundingBox();
        if (!box) throw new Error('no slide box');
        expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height + 1);
        const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth);
        expect(scrolls).toBe(false);
        const smallest = await slide.evaluate((el) =>
          Math.min(...[...el.querySelectorAll('p, li, h2, strong, a')].filter((e) => e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))),
        );
        expect(smallest, `slide ${n} at ${size.width}×${size.height}`).toBeGreaterThanOrEqual(box.height / 30 - 0.01);
      }
    }
  });

  test('a map or chart slide fits its frame: nothing scrolls inside it, tall charts included', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // The latest year's map, then membership, terrorism, RATS, exercises and milestones.
    await page.goto('/present/?slide=6');
    for (let n = 6; n <= 11; n++) {
      if (n > 6) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      const frame = (await readyFrame(page)).contentFrame();
      const overflow = await frame.locator('html').evaluate((html) => ({ x: html.scrollWidth - html.clientWidth, y: html.scrollHeight - html.clientHeight }));
      expect(overflow, `slide ${n}`).toEqual({ x: 0, y: 0 });
    }
  });

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

  test('the next slide is loaded before the briefer moves, and shows at once', async ({ page }) => {
    await page.goto('/present/?slide=7');
    const next = page.locator('section[data-index="7"]');
    await expect(next).toHaveAttribute('aria-hidden', 'true');
    const frame = next.locator('iframe[data-slide-frame]');
    await expect(frame).toHaveAttribute('data-ready', '', { timeout: 30_000 });
    // Mark the loaded document: after the move the slide shows that very document, not a new load.
    await frame.contentFrame().locator('html').evaluate((html) => html.setAttribute('data-preloaded', ''));
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 8);
    await expect(currentSlide(page).locator('iframe[data-slide-frame]').contentFrame().locator('html')).toHaveAttribute('data-preloaded', '');
    await expect(page.locator('section[data-index="8"] iframe[data-slide-frame]')).toBeAttached();
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

  test('a swipe moves it on a touch screen', async ({ page }) => {
    await page.goto('/present/?slide=1');
    const swipe = async (from: number, to: number) =>
      page.locator('[data-slide-stage]').evaluate(
        (el, [a, b]) => {
          const opts = { pointerType: 'touch', isPrimary: true, pointerId: 7, bubbles: true, clientY: 400 };
          el.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: a }));
          el.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: b }));
        },
        [from, to],
      );
    await swipe(900, 300);
    await expectSlide(page, 2);
    await swipe(300, 900);
    await expectSlide(page, 1);
  });

  test('keys pressed inside a slide’s frame move the deck; keys its controls need stay there', async ({ page }) => {
    await page.goto('/present/?slide=8');
    const chart = (await readyFrame(page)).contentFrame();
    await chart.getByRole('link', { name: /Link to this view/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 9);

    await page.goto('/present/?slide=3');
    const map = (await readyFrame(page)).contentFrame();
    const slider = map.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('2002');
    await expectSlide(page, 3);
    await map.getByRole('button', { name: 'List view' }).focus();
    await page.keyboard.press('PageDown');
    await expectSlide(page, 4);
  });

  test('A plays the map from 1996, and the slide’s title follows its year', async ({ page }) => {
    await page.goto('/present/?slide=3');
    const map = (await readyFrame(page)).contentFrame();
    await expect(map.getByRole('slider', { name: 'Year' })).toHaveValue('2001');
    await page.keyboard.press('a');
    await expect(map.getByRole('slider', { name: 'Year' })).toHaveValue(/^(1996|1997|1998)$/);
    await expect(currentSlide(page).getByRole('heading', { level: 2, name: /, 1998$/ })).toBeVisible({ timeout: 10_000 });
  });

  test('N shows the speaker notes from the data; B and . black the screen', async ({ page }) => {
    await page.goto('/present/?slide=3');
    await page.keyboard.press('n');
    const notes = page.getByRole('region', { name: t.notes.heading });
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('Members in 2001: 6 — China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan.');
    await expect(notes.getByRole('heading', { name: t.notes.sources })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(notes).toContainText('India: Member from 9 June 2017');
    await page.goto('/present/?slide=8');
    await page.getByRole('button', { name: t.deck.notes }).click();
    await expect(notes).toContainText('Russia, terrorist attacks prevented, 2020: 41 (disputed: 44');
    await expect(notes.getByRole('heading', { name: t.notes.contested })).toBeVisible();
    await page.keyboard.press('N');
    await expect(notes).toBeHidden();

    const black = page.getByRole('status').filter({ hasText: t.deck.blackedOut });
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await expect(black).toBeAttached();
      const covered = await page.evaluate(() => {
        const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        return top ? getComputedStyle(top).backgroundColor : '';
      });
      expect(covered).toBe('rgb(0, 0, 0)');
      await page.keyboard.press(key);
      await expect(black).toHaveCount(0);
    }
  });

  test('F goes full screen; Esc leaves full screen, then the deck', async ({ page }) => {
    await page.goto('/present/?slide=2');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(page.getByRole('button', { name: t.deck.fullscreen })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expectSlide(page, 2);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL((url) => url.pathname === '/');
  });
});

test.describe('the presenter view', () => {
  test('opens on P, follows the deck and drives it, and says when the deck closes', async ({ page, context }) => {
    await page.goto('/present/?slide=2');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForLoadState();
    await expect(presenter).toHaveURL(/\/present\/presenter\//);
    await expect(presenter.getByRole('status').filter({ hasText: t.presenter.connected })).toBeVisible({ timeout: 20_000 });
    const currentLabel = presenter.getByRole('heading', { level: 2, name: /^Current slide · / });
    await expect(currentLabel).toHaveText('Current slide · 2 / 13');
    await expect(presenter.getByRole('region', { name: t.presenter.next })).toBeVisible();
    await expect(presenter.getByText(/^\d{2}:\d{2}$/).first()).toBeVisible();

    // The deck drives the presenter view…
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    await expect(currentLabel).toHaveText('Current slide · 3 / 13');
    await expect(presenter.getByRole('region', { name: t.notes.heading })).toContainText('Members in 2001: 6');

    // …and keys in the presenter view drive the deck.
    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await expectSlide(page, 4);
    await expect(currentLabel).toHaveText('Current slide · 4 / 13');
    await presenter.keyboard.press('End');
    await expectSlide(page, 13);
    await presenter.keyboard.press('b');
    await expect(page.getByRole('status').filter({ hasText: t.deck.blackedOut })).toBeAttached();

    await page.close();
    await expect(presenter.getByRole('status').filter({ hasText: t.presenter.closed })).toBeVisible({ timeout: 10_000 });
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

  test('the editor reorders by keyboard and drag, removes, retitles, edits notes and restores the default', async ({ page }) => {
    await page.goto('/present/edit/');
    const slides = page.getByRole('list', { name: t.editor.listLabel });
    const rows = slides.getByRole('listitem');
    await expect(rows).toHaveCount(13);
    const firstTitle = () => rows.first().locator('strong');

    // Keyboard: pick slide 3 up, move it up twice, drop it.
    const handle = page.getByRole('button', { name: /^Drag slide 3,/ });
    await handle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await expect(firstTitle()).toHaveText(/, 2001$/);
    await expect(page.getByRole('status').filter({ hasText: 'dropped' })).toBeAttached();

    // Drag by its handle: slide 1 onto slide 2.
    await page.getByRole('button', { name: /^Drag slide 1,/ }).dragTo(rows.nth(1));
    await expect(firstTitle()).toHaveText('SCO Security Atlas');

    await page.getByRole('button', { name: 'Remove slide 13' }).click();
    await expect(rows).toHaveCount(12);
    await page.getByRole('textbox', { name: 'Title of slide 1', exact: true }).fill('Where we started');
    await page.getByRole('textbox', { name: 'Notes for slide 1', exact: true }).fill('Open with the founding five.');
    await expect(page).toHaveURL(/deck=/);

    await page.getByRole('link', { name: t.editor.present }).click();
    await expect(currentSlide(page)).toHaveAttribute('aria-label', 'Slide 1 of 12: Where we started');
    await page.keyboard.press('n');
    await expect(page.getByRole('region', { name: t.notes.heading })).toContainText('Open with the founding five.');

    // Reload keeps the work (this browser), and Restore brings the default back.
    await page.goto('/present/edit/');
    await expect(rows).toHaveCount(12);
    await page.getByRole('button', { name: t.editor.restore }).click();
    await expect(rows).toHaveCount(13);
    await expect(page).toHaveURL((url) => !url.searchParams.has('deck'));
  });
});

test.describe('accessibility (axe)', () => {
  for (const path of ['/present/?slide=3', '/present/?slide=8', '/present/presenter/', '/present/edit/']) {
    for (const theme of ['light', 'projector'] as const) {
      test(`${path} in the ${theme} theme has no violations`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.addInitScript((th) => localStorage.setItem('sco-atlas-deck-theme', th), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const frames = page.locator('[data-current] iframe[data-slide-frame]');
        if ((await frames.count()) > 0) {
          await expect(frames.first()).toHaveAttribute('data-ready', '', { timeout: 30_000 });
          await expect(frames.first().contentFrame().locator('html')).toHaveAttribute('data-theme', theme);
        }
        await expectNoAxeViolations(page, theme);
      });
    }
  }
});
