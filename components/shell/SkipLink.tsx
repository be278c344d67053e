'use client';
/**
 * The first focusable element on every page: jumps past the header to the main content. With
 * JavaScript it moves focus without writing `#main` into the address bar, so a link copied
 * afterwards never carries it; without, it is a plain in-page link.
 */
import type { MouseEvent } from 'react';
import styles from './SkipLink.module.css';

export const MAIN_ID = 'main';

function skip(e: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  e.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function SkipLink({ label }: { label: string }) {
  return (
    <a href={`#${MAIN_ID}`} className={styles.skip} onClick={skip}>
      {label}
    </a>
  );
}
