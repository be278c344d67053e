'use client';
/**
 * A menu button (WAI-ARIA menu button pattern): the button opens a list of actions or choices.
 * Keyboard: Enter, Space or ArrowDown open it on the first (or checked) item, ArrowUp on the last;
 * ArrowUp/ArrowDown move, Home/End jump, a letter jumps to the next item starting with it;
 * Enter/Space choose; Escape closes and returns focus to the button; Tab closes and moves on.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './Menu.module.css';

export interface MenuItem {
  /** Passed to `onSelect`. */
  key: string;
  /** The item's text; also its accessible name and what typeahead matches. */
  label: string;
  /** A quieter second line. */
  description?: string;
}

export interface MenuProps {
  /** What the button shows. */
  label: ReactNode;
  /** The button's accessible name, when `label` alone does not say what the menu is for. */
  buttonLabel?: string;
  /** An icon before the label; decorative. */
  icon?: ReactNode;
  items: readonly MenuItem[];
  /** Called with the chosen item's key; the menu then closes and focus returns to the button. */
  onSelect: (key: string) => void;
  /** When set, the items are a single choice (menuitemradio) and this one is checked. */
  selectedKey?: string;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  className?: string;
}

export function Menu({ label, buttonLabel, icon, items, onSelect, selectedKey, align = 'start', className }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const buttonId = `${id}-button`;
  const menuId = `${id}-menu`;
  const radio = selectedKey !== undefined;

  // Focus follows the active item while the menu is open.
  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  // A pointer press outside closes the menu without moving focus back.
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const selectedIndex = Math.max(0, items.findIndex((i) => i.key === selectedKey));

  function openAt(index: number) {
    setActive(index);
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function choose(key: string) {
    close(true);
    onSelect(key);
  }

  function onButtonKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      openAt(radio ? selectedIndex : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(items.length - 1);
    }
  }

  function onMenuKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const last = items.length - 1;
    const move = (index: number) => {
      e.preventDefault();
      setActive(index);
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(active >= last ? 0 : active + 1);
      case 'ArrowUp':
        return move(active <= 0 ? last : active - 1);
      case 'Home':
      case 'PageUp':
        return move(0);
      case 'End':
      case 'PageDown':
        return move(last);
      case 'Escape':
        e.preventDefault();
        return close(true);
      case 'Tab':
        return close(false);
      case 'Enter':
      case ' ': {
        e.preventDefault();
        const item = items[active];
        if (item) choose(item.key);
        return undefined;
      }
      default: {
        if (e.key.length !== 1 || e.altKey || e.ctrlKey || e.metaKey) return undefined;
        const letter = e.key.toLocaleLowerCase();
        const order = [...items.slice(active + 1), ...items.slice(0, active + 1)];
        const next = order.find((i) => i.label.toLocaleLowerCase().startsWith(letter));
        if (next) move(items.indexOf(next));
        return undefined;
      }
    }
  }

  return (
    <div ref={rootRef} className={[styles.root, className].filter(Boolean).join(' ')}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={styles.button}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={buttonLabel}
        onClick={() => (open ? close(false) : openAt(radio ? selectedIndex : 0))}
        onKeyDown={onButtonKeyDown}
      >
        {icon ? (
          <span className={styles.icon} aria-hidden="true">
            {icon}
          </span>
        ) : null}
        <span>{label}</span>
        <svg className={styles.chevron} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      {open ? (
        <ul
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className={[styles.menu, align === 'end' ? styles.end : styles.start].join(' ')}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item, index) => {
            const checked = item.key === selectedKey;
            return (
              <li
                key={item.key}
                ref={(el) => {
                  itemRefs.current[index] = el;
                }}
                role={radio ? 'menuitemradio' : 'menuitem'}
                aria-checked={radio ? checked : undefined}
                tabIndex={index === active ? 0 : -1}
                className={styles.item}
                onClick={() => choose(item.key)}
                onMouseEnter={() => setActive(index)}
              >
                {radio ? (
                  <svg className={styles.check} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    {checked ? (
                      <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
                    ) : null}
                  </svg>
                ) : null}
                <span className={styles.text}>
                  <span>{item.label}</span>
                  {item.description ? <span className={styles.description}>{item.description}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
