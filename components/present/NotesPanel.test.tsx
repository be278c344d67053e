/**
 * The speaker notes on a Russian deck: the notes' own words are Russian, and the lines that are
 * record text in English (a source's name, a contested figure named in the data) say so with
 * `lang="en"`, as record text does on every page; on the English deck nothing is marked.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SLIDE_KIND } from './deck';
import { NotesBody } from './NotesPanel';
import { slideLibrary } from './notes/slideLibrary.server';
import { deckWords } from './words/deckWords.server';
import { DeckWordsProvider } from './words/DeckWordsContext';

function contestedNotes(locale: 'en' | 'ru'): string {
  const library = slideLibrary(locale);
  return renderToStaticMarkup(
    <DeckWordsProvider words={deckWords(locale)}>
      <NotesBody resolved={{ slide: { kind: SLIDE_KIND.contested }, text: library.contested }} />
    </DeckWordsProvider>,
  );
}

describe('speaker notes', () => {
  it('on the Russian deck: English source names and record lines are marked English, Russian lines are not', () => {
    const html = contestedNotes('ru');
    expect(html).toMatch(/<a href="[^"]+" target="_blank" rel="noopener noreferrer" lang="en">[^<]*\(\d{4}\)<\/a>/);
    expect(html).toMatch(/<li lang="en">Kyrgyzstan–Tajikistan border fighting/);
    // A line in Russian carries no lang of its own.
    expect(html).toMatch(/<li>[^<]*[А-Яа-яЁё]/);
  });

  it('on the Russian deck: English record text inside a Russian line is marked where it stands', () => {
    const library = slideLibrary('ru');
    const html = renderToStaticMarkup(
      <DeckWordsProvider words={deckWords('ru')}>
        <NotesBody resolved={{ slide: { kind: SLIDE_KIND.chart, chart: 'exercises-by-year', query: '' }, text: library.chart['exercises-by-year'] }} />
      </DeckWordsProvider>,
    );
    // "2009: 2 учения (…) — Peace Mission 2009 и Norak-Antiterror-2009.": the exercises' names, as the data write them.
    expect(html).toMatch(/<li>2009: 2 учения [^<]*— <span lang="en">Peace Mission<\/span> 2009 и <span lang="en">Norak-Antiterror-2009\.<\/span><\/li>/);
  });

  it('on the English deck: nothing marked', () => {
    expect(contestedNotes('en')).not.toContain('lang=');
  });
});
