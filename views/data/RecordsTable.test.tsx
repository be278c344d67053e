import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { datasetTable } from '@/lib/datasetTable';
import { RecordsTable } from './RecordsTable';

// The table is sent as minified static HTML (components/ui/staticMarkup.ts): attributes unquoted.
const render = (locale: 'en' | 'ru' | 'zh') =>
  renderToStaticMarkup(<RecordsTable locale={locale} id="exercises" table={datasetTable('exercises', locale)} sources={new Map()} />);

describe('RecordsTable', () => {
  it('in Russian: headers and dates in Russian, dates sorted by their value; the English name marked lang="en"', () => {
    const html = render('ru');
    expect(html).toContain('<span>Начало</span>');
    expect(html).toContain('data-sort=2007-08-09><time datetime=2007-08-09>9 августа 2007 г.</time>');
    expect(html).toContain('<span lang=en>Peace Mission 2007</span>');
    expect(html).toContain(`href="/ru/sources/#seed"`);
  });
  it('in Chinese: the English name marked lang="en" and the kinds in Chinese', () => {
    const html = render('zh');
    expect(html).toContain('<span lang=en>Peace Mission 2007</span>');
    expect(html).toContain('>军事<');
  });
  it('in English: the dates as written, sorted by their text, and no language marks on English text', () => {
    const html = render('en');
    expect(html).toContain('<time datetime=2007-08-09>2007-08-09</time>');
    expect(html).not.toContain('data-sort=2007-08-09');
    expect(html).not.toContain('lang=en');
  });
});
