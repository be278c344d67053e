import { describe, expect, it } from 'vitest';
import { CHART_ID } from '@/components/charts/chartIds';
import { membershipFrameSpec, yearCounts } from '@/components/charts/Membership/membershipState';
import { FIRST_SOURCE_ID, serverContext } from '@/components/charts/shared/serverContext';
import { DATA_AS_OF } from '@/data/meta';
import { states } from '@/data/states';
import { defaultDeck } from '../deck';
import { pptxSlides } from '../pptxSlides';
import { notesPlainText, type SlideText } from '../slideText';
import { deckWords } from '../words/deckWords.server';
import { slideLibrary } from './slideLibrary.server';

/** Every slide's words of a locale's library, named. */
function slidesOf(locale: 'ru' | 'zh'): [string, SlideText][] {
  const library = slideLibrary(locale);
  return [
    ['title', library.title],
    ...Object.entries(library.map).map(([y, text]): [string, SlideText] => [`map ${y}`, text]),
    ...Object.entries(library.chart).map(([id, text]): [string, SlideText] => [id, text]),
    ['contested', library.contested],
    ['sources', library.sources],
  ];
}

describe('the slide library in Russian', () => {
  const library = slideLibrary('ru');

  it('titles the text slides and words the date in Russian', () => {
    expect(library.title.title).toBe('Атлас безопасности ШОС');
    expect(library.contested.title).toBe('Спорные показатели');
    expect(library.sources.title).toBe('Источники');
    expect(library.title.asOfText).toMatch(/^Данные на \d+ \p{Script=Cyrillic}+ \d{4}/u);
    expect(library.title.content.asOfText).toMatch(/^Данные на /);
  });

  it('counts with the Russian plural forms', () => {
    const form = (n: number, forms: Record<'one' | 'few' | 'many', string>) => {
      const category = new Intl.PluralRules('ru').select(n);
      return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.few;
    };
    const n = states.length;
    expect(library.title.content.facts).toContain(`${n} ${form(n, { one: 'государство', few: 'государства', many: 'государств' })} со статусом в ШОС`);
    const more = /^и ещё (\d+) (\S+ \S+) /.exec(library.contested.more);
    const rest = Number(more?.[1]);
    expect(more?.[2]).toBe(form(rest, { one: 'спорный показатель', few: 'спорных показателя', many: 'спорных показателей' }));
  });

  it('says the map’s notes in Russian, with the states named in Russian', () => {
    expect(library.map[1996]?.notes.figures[0]).toBe('«Шанхайская пятёрка» в 1996 году: 5 — Казахстан, Китай, Кыргызстан, Россия и Таджикистан.');
    expect(library.map[2017]?.notes.figures).toContain('Изменения статуса в 2017 году: Индия: Государство-член с 9 июня 2017 г.; Пакистан: Государство-член с 9 июня 2017 г.');
  });

  it('titles a chart slide as the Russian chart does, and names its figures in Russian (they were English)', () => {
    const ctx = serverContext('ru');
    const frame = membershipFrameSpec(states, yearCounts(states, ctx.asOf), ctx, FIRST_SOURCE_ID);
    expect(library.chart[CHART_ID.membership]).toMatchObject({ title: frame.title, subtitle: frame.subtitle, sourceLine: frame.sourceLine });
    expect(library.chart[CHART_ID.membership].title).toMatch(/^Государства-члены/);
    expect(library.chart[CHART_ID.terrorism2020].notes.figures).toContainEqual(expect.stringMatching(/^Россия, пресечённые преступления/));
  });

  it('words the source line of the title and map slides in Russian (it was English)', () => {
    expect(library.title.sourceLine).toBe('Источник: Su Chang & Li Xinwei (2021)');
    expect(library.map[2001]?.sourceLine).toMatch(/^Источник: Su Chang & Li Xinwei \(2021\); /);
    expect(pptxSlides(defaultDeck(library.views.maxYear), library, deckWords('ru'))[0]?.sourceLine).toBe('Источник: Su Chang & Li Xinwei (2021)');
  });

  it('names the contested figures as /ru/sources/contested/ does (they were English)', () => {
    expect(library.contested.items[0]?.figure).toBe('Россия, Предотвращённые теракты, 2020');
    expect(library.contested.notes.contested[0]).toMatch(/^Россия, Предотвращённые теракты, 2020: 41 — /);
  });

  it('leaves no placeholder unfilled and no English sentence frame in the notes it writes', () => {
    const words = deckWords('ru');
    for (const [name, text] of slidesOf('ru')) {
      const shown = [text.title, text.subtitle, text.sourceLine, text.asOfText, notesPlainText(text.notes, words)].join('\n');
      expect(shown, name).not.toMatch(/\{\w+\}|undefined|NaN/);
      expect(text.asOf, name).toBe(DATA_AS_OF);
      expect(notesPlainText(text.notes, words), name).toMatch(/^КЛЮЧЕВЫЕ ЦИФРЫ\n• /);
    }
  });

  it('gives the PowerPoint file the Russian titles and notes, and links to the Russian pages', () => {
    const deck = defaultDeck(library.views.maxYear);
    const slides = pptxSlides(deck, library, deckWords('ru'));
    expect(slides[0]).toMatchObject({ title: 'Атлас безопасности ШОС', path: '/ru/', asOf: expect.stringMatching(/^Данные на /) });
    expect(slides[0]?.notes).toContain('Что это: каждая цифра в этом брифинге');
    expect(slides.at(-1)?.path).toBe('/ru/sources/');
    expect(slides.filter((s) => s.chartId !== undefined).every((s) => s.path.startsWith('/ru/charts/'))).toBe(true);
  });
});

describe('the slide library in Chinese', () => {
  const library = slideLibrary('zh');

  it('titles the slides and words the speaker notes in Chinese', () => {
    expect(library.title.title).toBe(library.title.title.trim());
    expect(library.title.title).toMatch(/\p{Script=Han}/u);
    expect(library.contested.title).toBe('有争议的数据');
    expect(library.sources.title).toBe('来源');
    expect(library.title.asOfText).toMatch(/\d{4}年\d+月\d+日/);
    expect(library.map[1996]?.notes.figures[0]).toBe('1996年上海五国：5个——俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和中国。');
    expect(library.contested.more).toMatch(/^另有\d+项有争议的数据/);
  });

  it('titles the chart slides in Chinese', () => {
    for (const id of Object.values(CHART_ID)) expect(library.chart[id].title, id).toMatch(/\p{Script=Han}/u);
    expect(library.contested.items[0]?.figure).toMatch(/^俄罗斯/);
    expect(library.map[2001]?.sourceLine).toMatch(/^来源：/);
  });

  it('leaves no placeholder unfilled', () => {
    const words = deckWords('zh');
    for (const [name, text] of slidesOf('zh')) {
      const shown = [text.title, text.subtitle, text.sourceLine, text.asOfText, notesPlainText(text.notes, words)].join('\n');
      expect(shown, name).not.toMatch(/\{\w+\}|undefined|NaN/);
    }
  });
});
