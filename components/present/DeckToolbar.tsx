/**
 * The deck's controls, above the slide: previous, the slide counter, next, the slide theme, notes,
 * full screen, black screen, Play (on map slides), the presenter view, the handout and the editor.
 * Every control says its key; "Keys" lists them all. The deck's pages have no site header, so the
 * languages are here too (a link to the same deck and slide in another language). "Download
 * PowerPoint" comes in as `pptx` (DownloadPowerPoint.tsx). Rendered inside the client Deck.
 */
import type { MouseEvent, ReactNode } from 'react';
import Link from '@/components/ui/Link';
import type { Theme } from '@/components/shell/theme';
import { LanguageSwitcher } from '@/components/shell/LanguageSwitcher';
import { DECK_THEMES } from './deckTheme';
import type { DeckAction } from './keyMap';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Deck.module.css';

export interface DeckToolbarProps {
  /** "4 / 13", or the slide number being typed. */
  counter: string;
  /** "Slide 4 of 13". */
  counterLabel: string;
  atStart: boolean;
  atEnd: boolean;
  onAction: (action: DeckAction) => void;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  notesOpen: boolean;
  fullscreen: boolean;
  black: boolean;
  /** The slide is a map: Play can run its years. */
  canPlay: boolean;
  editHref: string;
  /** Where Exit goes: the atlas's home page in the deck's language. */
  exitHref: string;
  onPrint: () => void;
  printing: boolean;
  /** "Download PowerPoint" and its status line (DownloadPowerPoint.tsx). */
  pptx?: ReactNode;
}

/** A click on a control leaves the focus where it was (on the deck), so the clicker's next Space or
 * Enter moves the slide instead of pressing the control again; the keyboard still reaches them. */
function keepFocus(e: MouseEvent) {
  e.preventDefault();
}

export function DeckToolbar(props: DeckToolbarProps) {
  const { words, t: say } = useDeckWords();
  const w = words.deck;
  const t = {
    toolbar: say(w.toolbar),
    previous: say(w.previous),
    next: say(w.next),
    theme: say(w.theme),
    play: say(w.play),
    notes: say(w.notes),
    fullscreen: say(w.fullscreen),
    black: say(w.black),
    presenter: say(w.presenter),
    printPreparing: say(w.printPreparing),
    print: say(w.print),
    edit: say(w.edit),
    exit: say(w.exit),
    keysTitle: say(w.keysTitle),
    keys: say(w.keys),
  };
  const { onAction } = props;
  return (
    <div className={styles.toolbar} role="group" aria-label={t.toolbar}>
      <div className={styles.nav}>
        <button type="button" className={styles.button} onMouseDown={keepFocus} onClick={() => onAction({ type: 'previous' })} disabled={props.atStart} aria-label={t.previous}>
          <span aria-hidden="true">←</span>
        </button>
        <p className={styles.counter} aria-live="polite" aria-atomic="true">
          <span aria-hidden="true">{props.counter}</span>
          <span className="visually-hidden">{props.counterLabel}</span>
        </p>
        <button type="button" className={styles.button} onMouseDown={keepFocus} onClick={() => onAction({ type: 'next' })} disabled={props.atEnd} aria-label={t.next}>
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <div className={styles.tools}>
        <label className={styles.themeField}>
          <span>{t.theme}</span>
          <select
            value={props.theme}
            onChange={(e) => {
              props.onTheme(DECK_THEMES.find((x) => x === e.currentTarget.value) ?? props.theme);
              // Back to the deck, so that the next clicker key moves the slide, not the theme.
              e.currentTarget.blur();
            }}
          >
            {DECK_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {say(w.themes[theme])}
              </option>
            ))}
          </select>
        </label>
        {props.canPlay && (
          <button type="button" className={styles.button} onMouseDown={keepFocus} onClick={() => onAction({ type: 'play' })}>
            {t.play}
          </button>
        )}
        <button type="button" className={styles.button} onMouseDown={keepFocus} aria-pressed={props.notesOpen} onClick={() => onAction({ type: 'notes' })}>
          {t.notes}
        </button>
        <button type="button" className={styles.button} onMouseDown={keepFocus} aria-pressed={props.fullscreen} onClick={() => onAction({ type: 'fullscreen' })}>
          {t.fullscreen}
        </button>
        <button type="button" className={styles.button} onMouseDown={keepFocus} aria-pressed={props.black} onClick={() => onAction({ type: 'black' })}>
          {t.black}
        </button>
        <button type="button" className={styles.button} onMouseDown={keepFocus} onClick={() => onAction({ type: 'presenter' })}>
          {t.presenter}
        </button>
        <button type="button" className={styles.button} onMouseDown={keepFocus} onClick={props.onPrint} aria-disabled={props.printing || undefined}>
          {props.printing ? t.printPreparing : t.print}
        </button>
        <a className={styles.button} href={props.editHref}>
          {t.edit}
        </a>
        {/* "Download PowerPoint" and its status line (a line of its own while it says something). */}
        <div className={styles.pptxSlot} data-pptx-slot="">
          {props.pptx}
        </div>
        <details className={styles.keys}>
          <summary className={styles.button}>{t.keysTitle}</summary>
          <p className={styles.keysText}>{t.keys}</p>
        </details>
        <LanguageSwitcher current={words.locale} label={words.languageLabel} drawn={words.languageNames} />
        <Link className={styles.button} href={props.exitHref}>
          {t.exit}
        </Link>
      </div>
    </div>
  );
}
