'use client';
/**
 * Tabs (WAI-ARIA tabs pattern, automatic activation): ArrowLeft/ArrowRight move between tabs
 * and show their panel, Home/End jump to the first/last; Tab moves into the panel.
 * Every panel is rendered (hidden when not selected), so its content is in the page for
 * search and printing. Controlled with `selectedId` + `onSelectedChange`, or uncontrolled.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './Tabs.module.css';

export interface TabItem {
  /** Stable id, passed to `onSelectedChange` and used in element ids. */
  id: string;
  label: ReactNode;
  panel: ReactNode;
}

export interface TabsProps {
  /** Accessible name of the tab list: what the tabs choose between. */
  label: string;
  tabs: readonly TabItem[];
  /** The selected tab when controlled. */
  selectedId?: string;
  /** The first selected tab when uncontrolled (default: the first tab). */
  defaultSelectedId?: string;
  onSelectedChange?: (id: string) => void;
  className?: string;
}

export function Tabs({ label, tabs, selectedId, defaultSelectedId, onSelectedChange, className }: TabsProps) {
  const [ownSelected, setOwnSelected] = useState(defaultSelectedId ?? tabs[0]?.id);
  const current = selectedId ?? ownSelected;
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const base = useId();
  const tabId = (id: string) => `${base}-tab-${id}`;
  const panelId = (id: string) => `${base}-panel-${id}`;

  function select(index: number, focus: boolean) {
    const tab = tabs[index];
    if (!tab) return;
    setOwnSelected(tab.id);
    onSelectedChange?.(tab.id);
    if (focus) tabRefs.current[index]?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((t) => t.id === current);
    const last = tabs.length - 1;
    const to =
      e.key === 'ArrowRight' ? (index >= last ? 0 : index + 1)
      : e.key === 'ArrowLeft' ? (index <= 0 ? last : index - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : undefined;
    if (to === undefined) return;
    e.preventDefault();
    select(to, true);
  }

  return (
    <div className={[styles.tabs, className].filter(Boolean).join(' ')}>
      <div role="tablist" aria-label={label} className={styles.list} onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => {
          const selected = tab.id === current;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                tabRefs.current[index] = el;
              }}
              id={tabId(tab.id)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={panelId(tab.id)}
              tabIndex={selected ? 0 : -1}
              className={styles.tab}
              onClick={() => select(index, false)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={panelId(tab.id)}
          role="tabpanel"
          aria-labelledby={tabId(tab.id)}
          tabIndex={0}
          hidden={tab.id !== current}
          className={styles.panel}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
