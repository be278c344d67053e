'use client';
/**
 * The deck editor (`/present/edit`): the slides in order, each with its title and notes (empty means
 * "generated from the data"), moved by drag and drop or from the keyboard (its handle: Space picks
 * it up, arrows move it, Space drops it, Escape puts it back; or Move up / Move down), removed, and
 * the default deck restored. Every change is kept in this browser and in the address, and "Present"
 * opens the deck it shows. Must be inside <Suspense>.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { paths } from '@/lib/paths';
import { DECK_LIMITS, type Slide } from './deck';
import { withDeckParam } from './deckCodec';
import { moveSlide, removeSlide, retitleSlide, setSlideNotes } from './deckEdit';
import { deckParam, storeDeck } from './deckSource';
import { DeckNotice } from './DeckNotice';
import { EditorRow } from './EditorRow';
import { resolveSlide, type SlideLibrary } from './slideText';
import { useDeckSource } from './useDeckSource';
import type { DeckWords } from './words/deckWords';
import { DeckWordsProvider, useDeckWords } from './words/DeckWordsContext';
import styles from './Editor.module.css';

export interface DeckEditorProps {
  /** The page's words in its language (deckWords.server.ts). */
  words: DeckWords;

  library: SlideLibrary;
  defaults: readonly Slide[];
}

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function DeckEditor({ words, ...props }: DeckEditorProps) {
  return (
    <DeckWordsProvider words={words}>
      <DeckEditorBody {...props} />
    </DeckWordsProvider>
  );
}

function DeckEditorBody({ library, defaults }: Omit<DeckEditorProps, 'words'>) {
  const { words, t: format } = useDeckWords();
  const e = words.editor;
  const t = {
    moved: e.moved,
    dropped: e.dropped,
    picked: e.picked,
    removed: e.removed,
    cancelled: format(e.cancelled),
    restored: format(e.restored),
    heading: format(e.heading),
    intro: format(e.intro),
    present: format(e.present),
    restore: format(e.restore),
    saved: format(e.saved),
    empty: format(e.empty),
    listLabel: format(e.listLabel),
  };
  const { source, notice, views } = useDeckSource(library, defaults);
  const [slides, setSlides] = useState<Slide[]>(source.slides);
  const [announcement, setAnnouncement] = useState('');
  const [picked, setPicked] = useState<{ index: number; from: number } | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const param = deckParam(slides, defaults);
  const resolved = slides.map((s) => resolveSlide(s, library, views));

  // Kept in this browser and in the address on every change.
  useEffect(() => {
    storeDeck(localStore(), param);
    window.history.replaceState(null, '', withDeckParam(window.location.href, param));
  }, [param]);

  const focusHandle = useCallback((index: number) => {
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLButtonElement>('[data-handle]')[index]?.focus());
  }, []);

  const move = useCallback(
    (from: number, to: number, announce = true) => {
      const target = Math.min(slides.length - 1, Math.max(0, to));
      if (target === from) return;
      setSlides((s) => moveSlide(s, from, target));
      if (announce) setAnnouncement(format(t.moved, { n: target + 1, count: slides.length }));
    },
    [slides.length, t.moved, format],
  );

  const onHandleKey = (index: number, e: React.KeyboardEvent) => {
    // While a slide is picked up, the keys move that slide, whichever handle has the focus: the focus
    // follows it a frame later (focusHandle), and a key pressed before that frame must not move the
    // slide that has just taken its place.
    const at = picked?.index ?? index;
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      if (picked) {
        setPicked(null);
        setAnnouncement(format(t.dropped, { n: at + 1 }));
      } else {
        setPicked({ index, from: index });
        setAnnouncement(format(t.picked, { n: index + 1 }));
      }
    } else if (picked && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const to = at + (e.key === 'ArrowUp' ? -1 : 1);
      if (to < 0 || to >= slides.length) return;
      move(at, to);
      setPicked({ ...picked, index: to });
      focusHandle(to);
    } else if (picked && e.key === 'Escape') {
      e.preventDefault();
      move(at, picked.from, false);
      setPicked(null);
      setAnnouncement(t.cancelled);
      focusHandle(picked.from);
    }
  };

  const remove = (index: number) => {
    const title = resolved[index]?.text.title ?? '';
    setSlides((s) => removeSlide(s, index));
    setAnnouncement(format(t.removed, { title, count: slides.length - 1 }));
    focusHandle(Math.min(index, slides.length - 2));
  };

  const restore = () => {
    setSlides([...defaults]);
    setAnnouncement(t.restored);
  };

  return (
    <div className={styles.editor}>
      <h1>{t.heading}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <DeckNotice source={notice} />
      <div className={styles.actions}>
        <a className={styles.primary} href={withDeckParam(paths.present({ locale: words.locale }), param)}>
          {t.present}
        </a>
        <button type="button" className={styles.button} onClick={restore}>
          {t.restore}
        </button>
        <p className={styles.saved}>{t.saved}</p>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {slides.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ol ref={list} className={styles.list} aria-label={t.listLabel}>
          {resolved.map((r, i) => (
            <EditorRow
              key={`${i}-${slides.length}`}
              resolved={r}
              index={i}
              count={slides.length}
              picked={picked?.index === i}
              dragging={dragging === i}
              titleMax={DECK_LIMITS.title}
              notesMax={DECK_LIMITS.notes}
              onHandleKey={(e) => onHandleKey(i, e)}
              onMove={(to) => {
                move(i, to);
                focusHandle(Math.min(slides.length - 1, Math.max(0, to)));
              }}
              onRemove={() => remove(i)}
              onTitle={(title) => setSlides((s) => retitleSlide(s, i, title))}
              onNotes={(notes) => setSlides((s) => setSlideNotes(s, i, notes))}
              onDragStart={() => setDragging(i)}
              onDragEnd={() => setDragging(null)}
              onDrop={() => {
                if (dragging !== null) move(dragging, i);
                setDragging(null);
              }}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
