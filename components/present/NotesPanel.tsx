/**
 * A slide's speaker notes: the key figures, what is contested and by whom, and the sources with
 * their links; or the briefer's own notes when they wrote some. In the deck's words (useDeckWords).
 * Record text in another language (a source's name, a figure named in the data's English) carries
 * its `lang`, the whole line's or, inside a sentence of the deck's language, its own span
 * (LangText, lib/textLanguage.ts), as record text does on every page.
 */
import { LangText } from '@/components/ui/LangText';
import { langAttribute } from '@/lib/textLanguage';
import type { ResolvedSlide } from './slideText';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Notes.module.css';

export interface NotesPanelProps {
  resolved: ResolvedSlide | undefined;
  /** Heading level inside the page. */
  headingLevel?: 2 | 3;
  id?: string;
  className?: string;
}

export function NotesBody({ resolved, headingLevel = 2 }: { resolved: ResolvedSlide | undefined; headingLevel?: 2 | 3 }) {
  const { words, t: say } = useDeckWords();
  const n = words.notes;
  const lang = (text: string) => langAttribute(text, words.locale);
  const t = { none: say(n.none), figures: say(n.figures), contested: say(n.contested), sources: say(n.sources) };
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  if (!resolved) return <p>{t.none}</p>;
  if (resolved.customNotes !== undefined) {
    return (
      <div className={styles.custom}>
        {resolved.customNotes.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
    );
  }
  const { figures, contested, sources } = resolved.text.notes;
  if (figures.length + contested.length + sources.length === 0) return <p>{t.none}</p>;
  return (
    <>
      {figures.length > 0 && (
        <>
          <Sub className={styles.sub}>{t.figures}</Sub>
          <ul className={styles.list}>
            {figures.map((f, i) => (
              <LangText key={i} as="li" text={f} locale={words.locale} />
            ))}
          </ul>
        </>
      )}
      {contested.length > 0 && (
        <>
          <Sub className={styles.sub}>{t.contested}</Sub>
          <ul className={styles.list}>
            {contested.map((f, i) => (
              <LangText key={i} as="li" text={f} locale={words.locale} />
            ))}
          </ul>
        </>
      )}
      {sources.length > 0 && (
        <>
          <Sub className={styles.sub}>{t.sources}</Sub>
          <ul className={styles.list}>
            {sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer" lang={lang(s.label)}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function NotesPanel({ resolved, headingLevel = 2, id, className }: NotesPanelProps) {
  const { words, t } = useDeckWords();
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const headingId = `${id ?? 'notes'}-heading`;
  return (
    // Focusable: long notes scroll from the keyboard.
    <section id={id} className={[styles.panel, className].filter(Boolean).join(' ')} aria-labelledby={headingId} tabIndex={0}>
      <Heading id={headingId} className={styles.heading}>
        {t(words.notes.heading)}
      </Heading>
      <NotesBody resolved={resolved} headingLevel={headingLevel} />
    </section>
  );
}
