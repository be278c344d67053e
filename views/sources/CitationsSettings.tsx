'use client';
/**
 * What every source's citations share, given once for the whole bibliography: the page's
 * language, the datasets' names and table pages, the file of citing figures in that language,
 * and the messages (compiled by the server) the browser needs to sum up and list the citations.
 * Passed by the server page, so the browser loads no catalogue or dataset module for it.
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { DatasetId } from '@/data/registry';
import type { SiteLocale } from '@/lib/messages/locales';
import styles from './citations.module.css';
import type { CitedByTemplates } from './citedBy';
import type { QuoteWords } from './QuoteLines';

export interface CitationsSettings {
  locale: SiteLocale;
  /** Each dataset's name and table page ("/data/exercises/"). */
  datasets: Record<DatasetId, { title: string; href: string }>;
  /** The figures citing each source, in the page's words (`files.citations(locale)`). */
  citationsUrl: string;
  labels: CitedByTemplates & {
    /** Before the links to the tables (no JavaScript, loading, or the list failed to load). */
    citationsInTables: string;
    citationsLoading: string;
    citationsError: string;
  };
  /** A quote's locator and language labels. */
  quote: QuoteWords;
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
