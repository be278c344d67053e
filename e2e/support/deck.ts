/**
 * The briefing deck at /present, as its specs read it: the slide on screen, how many there are,
 * that the deck (its label, its URL and its counter) is on slide n, and the current slide's frame
 * once it listens. Shared by the present specs (e2e/present*.spec.ts).
 */
import { expect, type Page } from './test';
import { present } from '../../locales/en/present';

/** The slide on screen: the one slide group not hidden. */
export const currentSlide = (page: Page) => page.locator('section[aria-roledescription="slide"][data-current]');

export async function slideCount(page: Page): Promise<number> {
  const label = (await currentSlide(page).getAttribute('aria-label')) ?? '';
  const m = /^Slide \d+ of (\d+):/.exec(label);
  if (!m?.[1]) throw new Error(`no slide label: ${label}`);
  return Number(m[1]);
}

export async function expectSlide(page: Page, n: number) {
  await expect(currentSlide(page)).toHaveAttribute('aria-label', new RegExp(`^Slide ${n} of \\d+:`));
  await expect(page).toHaveURL((url) => url.searchParams.get('slide') === String(n));
  await expect(page.getByRole('group', { name: present.deck.toolbar }).getByText(new RegExp(`^Slide ${n} of \\d+$`))).toBeAttached();
}

/** The current slide's frame, once it listens (it passes keys on and takes the theme). */
export async function readyFrame(page: Page) {
  const frame = currentSlide(page).locator('iframe[data-slide-frame]');
  await expect(frame).toHaveAttribute('data-ready', '', { timeout: 30_000 });
  return frame;
}
