'use client';
/**
 * The tooltip for whatever the pointer is over or the keyboard has focused: placed above the
 * thing (flipped below near the top edge), never under the pointer. Purely visual: the shapes'
 * and markers' accessible names carry the same facts.
 */
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

export function MapTooltip({ content, anchor, id }: { content: TooltipContent; anchor: TooltipAnchor; id: string }) {
  const below = anchor.y < 90;
  const left = Math.min(Math.max(anchor.x, 130), Math.max(130, anchor.stageWidth - 130));
  return (
    <div
      id={id}
      role="tooltip"
      className={styles.tooltip}
      data-below={below || undefined}
      style={{ left, top: below ? anchor.y + anchor.height + 10 : anchor.y - 10 }}
    >
      <p className={styles.tooltipTitle}>{content.title}</p>
      {content.lines.map((line, i) => (
        <p key={i} className={styles.tooltipLine}>
          {line}
        </p>
      ))}
      {content.approximate && <p className={styles.tooltipApprox}>{content.approximate}</p>}
    </div>
  );
}
