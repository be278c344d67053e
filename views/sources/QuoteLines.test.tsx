import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileMessage } from '@/lib/messages/compile.server';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { QuoteLines, type QuoteWords } from './QuoteLines';

const words = (locale: 'en' | 'ru', t: typeof en.data.sourcesPage | typeof ru.data.sourcesPage): QuoteWords => ({
  locale,
  locator: compileMessage(t.citationLocator),
  quoteLanguage: t.quoteLanguage,
});

describe('QuoteLines', () => {
  it('shows the quote and the locator in the label, taken literally', () => {
    const html = renderToStaticMarkup(<QuoteLines quote="more than 200" locator={'p. 4 ($&)'} words={words('en', en.data.sourcesPage)} />);
    expect(html).toContain('<q>more than 200</q>');
    expect(html).toContain('at p. 4 ($&amp;)');
    expect(html).not.toContain('Quote in');
  });

  it('keeps a quote in its own language, marked and labelled so on a page in another', () => {
    const english = renderToStaticMarkup(<QuoteLines quote="more than 200" words={words('ru', ru.data.sourcesPage)} />);
    expect(english).toContain('Цитата на английском');
    expect(english).toContain('<q lang="en">more than 200</q>');
    const russian = renderToStaticMarkup(<QuoteLines quote="предотвращен 41 теракт" words={words('en', en.data.sourcesPage)} />);
    expect(russian).toContain('Quote in Russian');
    expect(russian).toContain('<q lang="ru">');
    expect(renderToStaticMarkup(<QuoteLines quote="предотвращен 41 теракт" words={words('ru', ru.data.sourcesPage)} />)).not.toContain('lang=');
  });

  it('shows nothing for a citation without quote or locator', () => {
    expect(renderToStaticMarkup(<QuoteLines words={words('en', en.data.sourcesPage)} />)).toBe('');
  });
});
