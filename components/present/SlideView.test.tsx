import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SLIDE_KIND } from './deck';
import { slideLibrary } from './notes/slideLibrary.server';
import { SlideView } from './SlideView';
import { deckWords } from './words/deckWords.server';
import { DeckWordsProvider } from './words/DeckWordsContext';

function contestedSlide(locale: 'en' | 'ru'): string {
  const library = slideLibrary(locale);
  return renderToStaticMarkup(
    <DeckWordsProvider words={deckWords(locale)}>
      <SlideView resolved={{ slide: { kind: SLIDE_KIND.contested }, text: library.contested }} library={library} position={9} theme="light" />
    </DeckWordsProvider>,
  );
}

describe('the contested slide', () => {
  it('on the Russian deck: a figure named in Russian is not marked English; a record’s own English name and the claims are', () => {
    const html = contestedSlide('ru');
    expect(html).toContain('<strong>Россия, Предотвращённые теракты, 2020</strong>');
    expect(html).toMatch(/<strong lang="en">Kyrgyzstan–Tajikistan border fighting/);
    expect(html).toMatch(/<span class="[^"]*" lang="en">41 — Su Chang/);
  });

  it('on the English deck: nothing marked', () => {
    expect(contestedSlide('en')).not.toContain('lang=');
  });
});

describe('the sources slide', () => {
  it('on the Russian deck: each source’s name, as the data write it, is marked English', () => {
    const library = slideLibrary('ru');
    const html = renderToStaticMarkup(
      <DeckWordsProvider words={deckWords('ru')}>
        <SlideView resolved={{ slide: { kind: SLIDE_KIND.sources }, text: library.sources }} library={library} position={10} theme="light" />
      </DeckWordsProvider>,
    );
    const items = html.match(/<li[^>]*><a /g) ?? [];
    expect(items.length).toBeGreaterThan(3);
    expect(items.every((li) => li.startsWith('<li lang="en">'))).toBe(true);
  });
});
