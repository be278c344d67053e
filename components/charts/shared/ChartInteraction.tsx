'use client';
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import styles from './chart.module.css';

/** What a mark's tooltip says: plain strings, built on the server. */
export interface Tip {
  title: string;
  lines: string[];
  /** A warning line shown in the flag colour ("Disputed: 44 in TASS (2021)"). */
  flag?: string;
}

export interface ChartInteractionProps {
  tips: Record<string, Tip>;
  /** Id and text of the keyboard hint the plot's `aria-describedby` points to. */
  hintId: string;
  hint: string;
  children: ReactNode;
}

const MARK = '[data-mark]';
/** Space between a mark and its tooltip, px. */
const GAP = 8;

function markOf(target: EventTarget | null, root: HTMLElement | null): Element | null {
  if (!(target instanceof Element) || !root) return null;
  const mark = target.closest(MARK);
  return mark && root.contains(mark) ? mark : null;
}

interface Shown {
  id: string;
  /** Anchor point relative to the wrapper: centre-top of the mark. */
  x: number;
  top: number;
  bottom: number;
}

/**
 * Tooltips and keyboard movement for a server-rendered plot. Marks are elements with
 * `data-mark="<tip id>"`; marks sharing `data-group` form one tab stop (roving tabindex): the
 * arrow keys move between them, Home/End jump to the ends. Hover and focus show the tooltip;
 * Escape hides it.
 */
export function ChartInteraction({ tips, hintId, hint, children }: ChartInteractionProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  const show = useCallback((mark: Element) => {
    const root = rootRef.current;
    const id = mark.getAttribute('data-mark');
    if (!root || id === null || !(id in tips)) return;
    const r = mark.getBoundingClientRect();
    const base = root.getBoundingClientRect();
    setShown({ id, x: r.left + r.width / 2 - base.left, top: r.top - base.top, bottom: r.bottom - base.top });
  }, [tips]);

  // Keep the tooltip inside the plot: clamp sideways, flip below the mark when there is no room above.
  useLayoutEffect(() => {
    const root = rootRef.current;
    const tip = tipRef.current;
    if (!shown || !root || !tip) return;
    const width = tip.offsetWidth;
    const max = Math.max(0, root.clientWidth - width);
    const above = shown.top - tip.offsetHeight - GAP >= 0;
    tip.style.left = `${Math.min(max, Math.max(0, shown.x - width / 2))}px`;
    tip.style.top = `${above ? shown.top - GAP - tip.offsetHeight : shown.bottom + GAP}px`;
    tip.style.visibility = 'visible';
  }, [shown]);

  const onPointerOver = (e: PointerEvent<HTMLDivElement>) => {
    const mark = markOf(e.target, rootRef.current);
    if (mark) show(mark);
  };
  const onPointerLeave = () => {
    const active = document.activeElement;
    const mark = markOf(active, rootRef.current);
    if (mark) show(mark);
    else setShown(null);
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const mark = markOf(e.target, rootRef.current);
    if (mark) show(mark);
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!markOf(e.relatedTarget, rootRef.current)) setShown(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      setShown(null);
      return;
    }
    const root = rootRef.current;
    const mark = markOf(e.target, root);
    const group = mark?.getAttribute('data-group');
    if (!root || !mark || group === null || group === undefined) return;
    const marks = [...root.querySelectorAll(`${MARK}[data-group="${CSS.escape(group)}"]`)];
    const index = marks.indexOf(mark);
    let next = index;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(marks.length - 1, index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = marks.length - 1;
    else return;
    e.preventDefault();
    const target = marks[next];
    if (!target || target === mark || !(target instanceof SVGElement || target instanceof HTMLElement)) return;
    mark.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    target.focus();
  };

  const tip = shown ? tips[shown.id] : undefined;
  return (
    <div
      ref={rootRef}
      className={styles.interaction}
      onPointerOver={onPointerOver}
      onPointerLeave={onPointerLeave}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <p id={hintId} className={styles.visuallyHidden}>
        {hint}
      </p>
      {children}
      {shown && tip && (
        <div
          ref={tipRef}
          role="tooltip"
          className={styles.tooltip}
          style={{ left: 0, top: 0, visibility: 'hidden' }}
        >
          <p className={styles.tipTitle}>{tip.title}</p>
          {tip.lines.map((line) => (
            <p key={line} className={styles.tipLine}>
              {line}
            </p>
          ))}
          {tip.flag !== undefined && <p className={styles.tipFlag}>{tip.flag}</p>}
        </div>
      )}
    </div>
  );
}
