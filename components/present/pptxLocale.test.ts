/**
 * The PowerPoint file of a Russian briefing: its slide titles, text and speaker notes in Russian,
 * the language marked for PowerPoint, the links to the Russian pages, the file's name in ASCII.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { nativeChartsFor } from '@/components/charts/nativeChartsFromData';
import { CHART_ID } from '@/components/charts/chartIds';
import { pptxFileName } from '@/components/export/fileName';
import { buildPptx } from '@/components/export/pptx/buildPptx';
import { defaultDeck } from './deck';
import { slideLibrary } from './notes/slideLibrary.server';
import { PPTX_LANG, pptxSlides, toPptxSlide } from './pptxSlides';
import { deckWords } from './words/deckWords.server';

/** The default deck's file in `locale`, with the membership chart's editable version. */
async function deckFile(locale: 'ru' | 'zh'): Promise<JSZip> {
  const library = slideLibrary(locale);
  const words = deckWords(locale);
  const deck = defaultDeck(library.views.maxYear);
  const natives = { [CHART_ID.membership]: nativeChartsFor(CHART_ID.membership, locale) };
  const slides = pptxSlides(deck, library, words).map((spec) => toPptxSlide(spec, 'https://atlas.example.org', undefined, natives, words));
  return JSZip.loadAsync(await buildPptx({ title: library.title.title, asOf: library.asOf, date: '2026-12-05', lang: PPTX_LANG[locale] }, slides));
}

describe('the .pptx of /ru/present/', () => {
  it('has Russian titles, text and notes, marked as Russian, and an ASCII file name', async () => {
    const library = slideLibrary('ru');
    const words = deckWords('ru');
    const deck = defaultDeck(library.views.maxYear);
    const natives = { [CHART_ID.membership]: nativeChartsFor(CHART_ID.membership, 'ru') };
    const slides = pptxSlides(deck, library, words).map((spec) => toPptxSlide(spec, 'https://atlas.example.org', undefined, natives, words));
    const info = { title: library.title.title, asOf: library.asOf, date: '2026-12-05', lang: PPTX_LANG.ru };
    const zip = await JSZip.loadAsync(await buildPptx(info, slides));
    const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';

    const first = await read('ppt/slides/slide1.xml');
    expect(first).toContain('<a:t>Атлас безопасности ШОС</a:t>');
    expect(first).toContain('lang="ru-RU"');
    expect(first).toMatch(/<a:t>Данные на [^<]+<\/a:t>/);
    expect(first).toContain('atlas.example.org/ru/');
    const notes = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map(read));
    expect(notes.join('\n')).toContain('КЛЮЧЕВЫЕ ЦИФРЫ');
    expect(notes.join('\n')).toContain('ИСТОЧНИКИ');
    const all = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(read));
    expect(all.join('\n')).toContain('(редактируемая диаграмма)</a:t>');
    expect(all.join('\n')).not.toMatch(/<a:t>[^<]*(Data as of|editable chart)[^<]*<\/a:t>/);
    expect(pptxFileName(info.date)).toMatch(/^[\x20-\x7e]+\.pptx$/);
  }, 60_000);

  it('keeps Russian text in Arial throughout', async () => {
    const zip = await deckFile('ru');
    const slide = (await zip.file('ppt/slides/slide2.xml')?.async('string')) ?? '';
    expect(slide).toContain('<a:ea typeface="Arial"');
    expect(slide).not.toContain('Microsoft YaHei');
  }, 60_000);
});

describe('the .pptx of /zh/present/', () => {
  it('names a Chinese East Asian face for its Chinese text, in the runs and the theme, and keeps Latin in Arial', async () => {
    const zip = await deckFile('zh');
    const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
    const first = await read('ppt/slides/slide1.xml');
    expect(first).toContain('lang="zh-CN"');
    expect(first).toMatch(/<a:t>[^<]*[\u4e00-\u9fff][^<]*<\/a:t>/);
    expect(first).toContain('<a:latin typeface="Arial"');
    expect(first).toContain('<a:ea typeface="Microsoft YaHei"');
    const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides|notesSlides|charts|theme)\/[^/]+\.xml$/.test(n));
    const all = (await Promise.all(parts.map(read))).join('\n');
    expect(all).not.toMatch(/<a:ea typeface="(Arial)?"/);
    expect(await read('ppt/theme/theme1.xml')).toContain('<a:ea typeface="Microsoft YaHei"/>');
  }, 60_000);
});
