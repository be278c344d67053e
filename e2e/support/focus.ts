/**
 * Where keyboard focus is, through the dashboard's same-origin chart frames, and whether it
 * can be seen: the focused element draws an outline or a box-shadow ring of at least 1 px
 * (a map marker or state, an SVG element, instead draws a ring in the focus colour: a stroke of
 * at least 2 px somewhere in its map).
 */
import type { Frame, Page } from '@playwright/test';

export interface FocusInfo {
  /** Tag, role/name hints, for messages: `button "Export chart"`. */
  label: string;
  /** Titles of the frames focus is inside, outermost first. */
  frames: string[];
  visible: boolean;
  why: string;
}

/** Describes document.activeElement of the innermost focused frame. */
export async function focusInfo(page: Page): Promise<FocusInfo> {
  let frame: Frame = page.mainFrame();
  const frames: string[] = [];
  for (let depth = 0; depth < 3; depth++) {
    const active = (await frame.evaluateHandle(() => document.activeElement)).asElement();
    const child = active ? await active.contentFrame() : null;
    if (!active || !child) break;
    frames.push((await active.getAttribute('title')) ?? '');
    frame = child;
  }
  const info = await frame.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { label: 'body', visible: false, why: 'nothing focused' };
    const label = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
    const shadow = s.boxShadow !== 'none' && /\d*\.?\d+px/.test(s.boxShadow);
    // The theme's focus colour, as computed colours read.
    const probe = document.createElement('span');
    probe.style.color = 'var(--color-focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const svg = el instanceof SVGElement ? (el.ownerSVGElement ?? el) : null;
    const ring =
      svg !== null &&
      [...svg.querySelectorAll('circle, path, rect')].some((shape) => {
        const c = getComputedStyle(shape);
        return c.stroke === focusColour && parseFloat(c.strokeWidth) >= 2;
      });
    const box = el.getBoundingClientRect();
    const shown = box.width > 0 && box.height > 0;
    return {
      label,
      visible: shown && (outline || shadow || ring),
      why: `outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}, size ${Math.round(box.width)}×${Math.round(box.height)}`,
    };
  });
  return { ...info, frames };
}
