'use client';
/**
 * The tooltip for whatever the pointer is over or the keyboard has focused: placed above the
 * thing (flipped below near the top edge), never under the pointer, and always inside the map
 * and clear of its buttons (Export, zoom): once drawn, it measures itself and moves in. Purely
 * visual: the shapes' and markers' accessible names carry the same facts.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { TooltipContent } from './mapLabels';
import styles from './MapStage.module.css';

export interface TooltipAnchor {
  /** Centre-top of the target, relative to the map stage, in CSS pixels. */
  x: number;
  y: number;
  /** Height of the target, to flip below it. */
  height: number;
  /** Width of the stage, to keep the tooltip inside. */
  stageWidth: number;
}

/** Space kept between the tooltip and the map's edge or a button. */
const MARGIN = 6;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where a tooltip of `size` goes for `anchor` inside a stage of `stage` size, clear of `avoid`
 * (the map's buttons, in stage coordinates): above the target if it fits, else below, else
 * wherever in the stage it overlaps nothing. Returns its top-left corner.
 */
export function placeTooltip(anchor: TooltipAnchor, size: { width: number; height: number }, stage: { width: number; height: number }, avoid: readonly Box[]): { left: number; top: number } {
  const clampX = (x: number) => Math.min(Math.max(x, MARGIN), Math.max(MARGIN, stage.width - size.width - MARGIN));
  const clampY = (y: number) => Math.min(Math.max(y, MARGIN), Math.max(MARGIN, stage.height - size.height - MARGIN));
  const left = clampX(anchor.x - size.width / 2);
  const above = anchor.y - 10 - size.height;
  const below = anchor.y + anchor.height + 10;
  const candidates = [above, below].filter((top) => top >= MARGIN && top + size.height <= stage.height - MARGIN);
  const tops = candidates.length > 0 ? candidates : [clampY(above)];
  for (const top of tops) {
    const box = { left, top, right: left + size.width, bottom: top + size.height };
    if (!avoid.some((b) => overlaps(box, b))) return { left, top };
  }
  // Both overlap a button: slide sideways, away from the buttons.
  const top = tops[0] ?? MARGIN;
  const blocking = avoid.filter((b) => overlaps({ left, top, right: left + size.width, bottom: top + size.height }, b));
  const leftOf = Math.min(...blocking.map((b) => b.left)) - size.width - MARGIN;
  return { left: leftOf >= MARGIN ? leftOf : clampX(Math.max(...blocking.map((b) => b.right)) + MARGIN), top };
}

export function MapTooltip({ content, anchor, id }: { content: TooltipContent; anchor: TooltipAnchor; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // First drawn where it would be without measuring (above, centred), then moved in.
  const [placed, setPlaced] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const stage = el?.offsetParent;
    if (!el || !(stage instanceof HTMLElement)) return;
    const origin = stage.getBoundingClientRect();
    // The map's own buttons and menus (zoom, Export), wherever in the explorer they are drawn over the map.
    const scope = stage.closest('section') ?? stage;
    const avoid = [...scope.querySelectorAll('button, [role="menu"]')]
      .filter((b) => !b.closest('svg') && b.getClientRects().length > 0)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return { left: r.left - origin.left - MARGIN, top: r.top - origin.top - MARGIN, right: r.right - origin.left + MARGIN, bottom: r.bottom - origin.top + MARGIN };
      })
      .filter((b) => b.right > 0 && b.bottom > 0 && b.left < stage.clientWidth && b.top < stage.clientHeight);
    setPlaced(placeTooltip(anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: stage.clientWidth, height: stage.clientHeight }, avoid));
  }, [anchor, content]);
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className={styles.tooltip}
      data-placed={placed ? '' : undefined}
      style={placed ? { left: placed.left, top: placed.top } : { left: anchor.x, top: anchor.y - 10, visibility: 'hidden' }}
    >
      <p className={styles.tooltipTitle} lang={content.titleLang}>
        {content.title}
      </p>
      {content.lines.map((line, i) => (
        <p key={i} className={styles.tooltipLine}>
          {line}
        </p>
      ))}
      {content.approximate && <p className={styles.tooltipApprox}>{content.approximate}</p>}
    </div>
  );
}
