'use client';
/**
 * What every source's citations share, given once for the whole bibliography: the datasets'
 * names and table pages, and the strings the browser needs to sum up and list the citations.
 * Passed by the server page, so the browser loads no locale or dataset module for it.
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { DatasetId } from '@/data/registry';
import styles from './citations.module.css';
import type { CitedByTemplates } from './citedBy';

export interface CitationsSettings {
  /** Each dataset's name and table page ("/data/exercises/"). */
  datasets: Record<DatasetId, { title: string; href: string }>;
  labels: CitedByTemplates & {
    /** Before the links to the tables (no JavaScript, loading, or the list failed to load). */
    citationsInTables: string;
    citationsLoading: string;
    citationsError: string;
    /** Where in the source a quote sits: "at {locator}". */
    citationLocator: string;
  };
}

const SettingsContext = createContext<CitationsSettings | null>(null);

export function CitationsSettingsProvider({ value, children }: { value: CitationsSettings; children: ReactNode }) {
  // A reader may open a source's citations before the page hydrates: the browser opens the
  // disclosure, but its toggle event fired before React listened. Send it again, once, here
  // (one effect for the page rather than one per source).
  useEffect(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>(`details.${styles.citations}[open]`)) {
      details.dispatchEvent(new Event('toggle'));
    }
  }, []);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useCitationsSettings(): CitationsSettings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useCitationsSettings needs a CitationsSettingsProvider');
  return settings;
}
