'use client';
/**
 * On a reader's first visit, if their browser prefers another of the atlas's languages, one line in
 * that language offers the same page in it. Never a redirect; shown once (remembered in this
 * browser whether followed or dismissed).
 */
import { useSyncExternalStore } from 'react';
import { LOCALE_TAGS, SITE_LOCALES, type SiteLocale } from '@/lib/messages/locales';
import { pathInLocale } from '@/lib/paths';
import styles from './LanguageSuggestion.module.css';

export const SUGGESTED_KEY = 'sco-atlas-language-suggested';

export interface SuggestionWords {
  suggest: string;
  open: string;
  dismiss: string;
}

/** The first of the reader's languages the atlas has, if it is not the page's. */
export function preferredLocale(languages: readonly string[], current: SiteLocale): SiteLocale | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const match = SITE_LOCALES.find((l) => l === base);
    if (match !== undefined) return match === current ? null : match;
  }
  return null;
}

/** This page load's suggestion: decided once, on the first read in the browser. */
let decided: SiteLocale | null | undefined;
const listeners = new Set<() => void>();

function decide(current: SiteLocale): SiteLocale | null {
  if (decided !== undefined) return decided;
  decided = null;
  try {
    if (window.localStorage.getItem(SUGGESTED_KEY) !== null) return decided;
    decided = preferredLocale(navigator.languages, current);
    // Remembered as soon as it is shown: the next page never offers it again.
    if (decided !== null) window.localStorage.setItem(SUGGESTED_KEY, decided);
  } catch {
    // Storage refused (private mode): no suggestion rather than one on every page.
    decided = null;
  }
  return decided;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function dismiss() {
  decided = null;
  for (const l of listeners) l();
}

export function LanguageSuggestion({ current, words }: { current: SiteLocale; words: Readonly<Record<SiteLocale, SuggestionWords>> }) {
  const target = useSyncExternalStore(subscribe, () => decide(current), () => null);
  if (target === null) return null;
  const w = words[target];
  const href = `${pathInLocale(window.location.pathname, target)}${window.location.search}${window.location.hash}`;
  return (
    <aside className={styles.suggestion} lang={LOCALE_TAGS[target]} aria-label={w.suggest}>
      <p className={styles.text}>
        {w.suggest}{' '}
        <a href={href} hrefLang={LOCALE_TAGS[target]}>
          {w.open}
        </a>
      </p>
      <button type="button" className={styles.dismiss} onClick={dismiss}>
        {w.dismiss}
      </button>
    </aside>
  );
}
