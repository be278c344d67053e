'use client';
/**
 * "Add to briefing": adds the view on screen — the map with its year, layers, filters, focus and
 * zoom, or a chart with its marked year — as the last slide of the reader's deck, kept in this
 * browser (the deck pages read it). Reads the view from the page's address when clicked (the map
 * and the charts keep their views there). Loads no schema: the deck pages check the slide. Its words
 * come from the server page (`addToBriefingWords(locale)` in words/deckWords.server.ts).
 */
import { useState } from 'react';
import type { ChartId } from '@/components/charts/chartIds';
import { MAP_PARAMS } from '@/components/map/urlState';
import { Button } from '@/components/ui/Button';
import { paths } from '@/lib/paths';
import { appendPart, DECK_STORAGE_KEY, MAX_PARTS, viewPart } from './slideCode';
import { say, type AddToBriefingWords } from './words/deckWords';
import styles from './AddToBriefing.module.css';

export type BriefingView = { kind: 'map' } | { kind: 'chart'; chart: ChartId; params?: readonly string[] };

type Status = 'added' | 'full' | 'failed' | null;

/** The query of the view on screen: only the parameters the view understands. */
export function viewQuery(search: string, keys: readonly string[]): string {
  const from = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const key of keys) {
    const value = from.get(key);
    if (value !== null) out.set(key, value);
  }
  return out.toString().replace(/%2C/gi, ',');
}

export function AddToBriefing({ view, words }: { view: BriefingView; words: AddToBriefingWords }) {
  const t = words.add;
  const [status, setStatus] = useState<Status>(null);

  const add = () => {
    const search = window.location.search;
    const part =
      view.kind === 'map'
        ? viewPart({ kind: 'map', query: viewQuery(search, MAP_PARAMS) })
        : viewPart({ kind: 'chart', chart: view.chart, query: viewQuery(search, view.params ?? []) });
    try {
      const result = appendPart(window.localStorage.getItem(DECK_STORAGE_KEY), part);
      if (!result.ok) {
        setStatus('full');
        return;
      }
      window.localStorage.setItem(DECK_STORAGE_KEY, result.deck);
      setStatus('added');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <div className={styles.add}>
      <Button size="sm" onClick={add}>
        {say(words, t.button)}
      </Button>
      <p role="status" className={styles.status}>
        {status === 'added' && (
          <>
            {say(words, t.added)}{' '}
            <a href={paths.presentEdit({ locale: words.locale })} className={styles.link}>
              {say(words, t.open)}
            </a>
          </>
        )}
        {status === 'full' && say(words, t.full, { max: MAX_PARTS })}
        {status === 'failed' && say(words, t.failed)}
      </p>
    </div>
  );
}
