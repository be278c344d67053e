/**
 * One slide in the deck editor: its handle (drag, or Space and arrows), place, kind and view, Move
 * up / Move down / Remove, and its title and notes fields. Rendered by the client DeckEditor.
 */
import type { DragEvent, KeyboardEvent } from 'react';
import { useId } from 'react';
import { paths } from '@/lib/paths';
import { notesPlainText, type ResolvedSlide } from './slideText';
import type { DeckWords } from './words/deckWords';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Editor.module.css';

export interface EditorRowProps {
  resolved: ResolvedSlide;
  index: number;
  count: number;
  /** Picked up with the keyboard: arrows move it. */
  picked: boolean;
  dragging: boolean;
  titleMax: number;
  notesMax: number;
  onHandleKey: (e: KeyboardEvent) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  onTitle: (title: string) => void;
  onNotes: (notes: string) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: () => void;
}

/** The view's address on the atlas, in the deck's language: `/ru/?year=2017`. */
function viewText(r: ResolvedSlide, locale: DeckWords['locale']): string {
  const { slide } = r;
  if (slide.kind === 'map') return paths.home({ locale, query: slide.query });
  if (slide.kind === 'chart') return paths.chart(slide.chart, { locale, query: slide.query });
  return '';
}

export function EditorRow(props: EditorRowProps) {
  const { words, t: format } = useDeckWords();
  const t = words.editor;
  const { resolved, index, count } = props;
  const n = index + 1;
  const id = useId();
  const view = viewText(resolved, words.locale);
  const generatedNotes = notesPlainText(resolved.text.notes, words);
  const dragOver = (e: DragEvent) => e.preventDefault();
  return (
    <li
      className={styles.row}
      draggable
      data-picked={props.picked || undefined}
      data-dragging={props.dragging || undefined}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', String(index));
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
      onDragOver={dragOver}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop();
      }}
    >
      <div className={styles.rowHead}>
        <button type="button" className={styles.handle} data-handle="" aria-label={format(t.dragHandle, { n })} aria-pressed={props.picked} onKeyDown={props.onHandleKey}>
          <span aria-hidden="true">⠿</span>
        </button>
        <span className={styles.position} aria-hidden="true">
          {n}
        </span>
        <p className={styles.what}>
          <strong>{resolved.slide.title ?? resolved.text.title}</strong>
          <span className={styles.kind}>
            {format(t.slideKind[resolved.slide.kind])}
            {view !== '' && ` · ${format(t.view, { view })}`}
          </span>
        </p>
        <div className={styles.rowActions}>
          <button type="button" className={styles.button} onClick={() => props.onMove(index - 1)} disabled={index === 0} aria-label={format(t.moveUp, { n })}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" className={styles.button} onClick={() => props.onMove(index + 1)} disabled={index === count - 1} aria-label={format(t.moveDown, { n })}>
            <span aria-hidden="true">↓</span>
          </button>
          <button type="button" className={styles.button} onClick={props.onRemove} aria-label={format(t.remove, { n })}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </div>
      <div className={styles.fields}>
        <label className={styles.field} htmlFor={`${id}-title`}>
          {format(t.titleLabel, { n })}
        </label>
        <input
          id={`${id}-title`}
          className={styles.input}
          value={resolved.slide.title ?? ''}
          maxLength={props.titleMax}
          placeholder={format(t.titlePlaceholder, { title: resolved.text.title })}
          onChange={(e) => props.onTitle(e.currentTarget.value)}
        />
        <label className={styles.field} htmlFor={`${id}-notes`}>
          {format(t.notesLabel, { n })}
        </label>
        <textarea
          id={`${id}-notes`}
          className={styles.textarea}
          rows={4}
          value={resolved.customNotes ?? ''}
          maxLength={props.notesMax}
          placeholder={generatedNotes}
          aria-describedby={`${id}-hint`}
          onChange={(e) => props.onNotes(e.currentTarget.value)}
        />
        <p id={`${id}-hint`} className={styles.hint}>
          {format(t.notesHint)}
        </p>
      </div>
    </li>
  );
}
