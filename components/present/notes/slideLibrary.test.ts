import { describe, expect, it } from 'vitest';
import { CHART_ID, CHART_IDS } from '@/components/charts/chartIds';
import { barName, terrorismPanels } from '@/components/charts/Terrorism2020/terrorism2020State';
import { serverContext } from '@/components/charts/shared/serverContext';
import { asOfInstant } from '@/components/charts/Membership/membershipState';
import { DATA_AS_OF } from '@/data/meta';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { memberCount, statusCountsInYear } from '@/lib/memberStatus';
import { defaultDeck } from '../deck';
import { figureEmbed, pptxSlides, toPptxSlide } from '../pptxSlides';
import { notesPlainText, type SlideText } from '../slideText';
import { deckWords } from '../words/deckWords.server';
import { slideLibrary } from './slideLibrary.server';

const library = slideLibrary('en');
const words = deckWords('en');
const all: [string, SlideText][] = [
  ['title', library.title],
  ...Object.entries(library.map).map(([y, text]): [string, SlideText] => [`map ${y}`, text]),
  ...Object.entries(library.chart).map(([id, text]): [string, SlideText] => [id, text]),
  ['contested', library.contested],
  ['sources', library.sources],
];

describe('speaker notes, generated from the data', () => {
  it('give each map year the members the map counts, with their names', () => {
    const at = asOfInstant(DATA_AS_OF);
    for (let year = library.views.minYear; year <= library.views.maxYear; year++) {
      const members = memberCount(statusCountsInYear(states, year, at));
      const figures = library.map[year]?.notes.figures.join('\n') ?? '';
      const label = year < 2001 ? 'Shanghai Five' : 'Members';
      expect(figures, String(year)).toContain(`${label} in ${year}: ${members} — `);
    }
    expect(library.map[1996]?.notes.figures[0]).toBe('Shanghai Five in 1996: 5 — China, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan.');
    expect(library.map[2017]?.notes.figures.join(' ')).toContain('India: Member from 9 June 2017; Pakistan: Member from 9 June 2017');
    expect(library.map[2024]?.title).toBe('SCO members, joint exercises and border incidents, 2024');
  });

  it('state the membership counts the chart draws (1996: 5, 2001: 6, 2017: 8, 2023: 9, 2024: 10)', () => {
    const figures = library.chart[CHART_ID.membership].notes.figures;
    for (const [year, n] of [
      [1996, 5],
      [2001, 6],
      [2017, 8],
      [2023, 9],
      [2024, 10],
    ]) {
      expect(figures).toContainEqual(expect.stringMatching(new RegExp(`^In ${year}: ${n} members`)));
    }
  });

  it('name every terrorism figure as the chart does, with its period, qualifier and dispute', () => {
    const ctx = serverContext('en');
    const names = terrorismPanels(terrorismStats, ctx, { otherYears: false }).flatMap((p) => p.bars.map((b) => barName(b, p.metricLabel, 'en')));
    const notes = library.chart[CHART_ID.terrorism2020].notes;
    for (const name of names) expect(notes.figures).toContain(name);
    expect(notes.figures.join('\n')).toContain('Russia, terrorist attacks prevented, 2020: 41 (disputed: 44');
    expect(notes.figures).toContain('Tajikistan, suspects arrested, January–June 2020: more than 200');
    expect(notes.contested.join('\n')).toMatch(/44 \(committee review of April 2021\) — Vesti/);
  });

  it('say who contests the RATS figure of March 2019 and with what', () => {
    const notes = library.chart[CHART_ID.ratsFigures].notes;
    const contested = notes.contested.join('\n');
    expect(contested).toContain('more than 45,000 persons (March 2019) — Su Chang & Li Xinwei (2021)');
    expect(contested).toContain('more than 4,500 radicals (15 March 2019) — Sputnik Uzbekistan (2019)');
  });

  it('lead the contested slide with a terrorism, a RATS and an incident dispute, and count the rest', () => {
    expect(library.contested.items.map((i) => i.figure)).toEqual([
      'Russia, Terrorist attacks prevented, 2020',
      expect.stringContaining('RATS terrorist database'),
      expect.stringContaining('Kyrgyzstan–Tajikistan'),
    ]);
    expect(library.contested.more).toMatch(/^and \d+ more contested figures/);
  });

  it('cite sources with a short label and a link, the article first', () => {
    for (const [name, text] of all) {
      for (const s of text.notes.sources) {
        expect(s.url, name).toMatch(/^(https?:\/\/|\/sources\/#)/);
        expect(s.label, name).not.toBe('');
      }
    }
    expect(library.map[2001]?.notes.sources[0]?.label).toBe('Su Chang & Li Xinwei (2021)');
    expect(library.map[2001]?.sourceLine).toMatch(/^Source: Su Chang & Li Xinwei \(2021\); /);
  });

  it('leave no placeholder unfilled', () => {
    for (const [name, text] of all) {
      const shown = [text.title, text.subtitle, text.sourceLine, text.asOfText, notesPlainText(text.notes, words)].join('\n');
      expect(shown, name).not.toMatch(/\{\w+\}|undefined|NaN/);
      expect(text.asOf, name).toBe(DATA_AS_OF);
    }
  });
});

describe('pptxSlides', () => {
  it('gives each slide of the default deck the words the deck shows, and its figure', () => {
    const deck = defaultDeck(library.views.maxYear);
    const slides = pptxSlides(deck, library, words);
    expect(slides).toHaveLength(deck.length);
    expect(slides[0]).toMatchObject({ title: 'SCO Security Atlas', sourceLine: 'Source: Su Chang & Li Xinwei (2021)' });
    expect(slides[0]?.chartId).toBeUndefined();
    expect(slides[2]).toMatchObject({ title: library.map[2001]?.title, mapQuery: 'year=2001', asOf: expect.stringMatching(/^Data as of /) });
    expect(slides.filter((s) => s.chartId !== undefined).map((s) => s.chartId)).toEqual([
      CHART_ID.membership,
      CHART_ID.terrorism2020,
      CHART_ID.ratsFigures,
      CHART_ID.exercisesByYear,
      CHART_ID.milestones,
    ]);
    for (const s of slides) expect(s.notes).toMatch(/^KEY FIGURES\n• /);
    expect(slides[7]?.notes).toContain('CONTESTED\n• ');
  });

  it('uses the briefer’s own title and notes where set', () => {
    const [spec] = pptxSlides([{ kind: 'chart', chart: CHART_IDS[0] ?? CHART_ID.terrorism2020, query: '', title: 'Mine', notes: 'Say this.' }], library, words);
    expect(spec).toMatchObject({ title: 'Mine', notes: 'Say this.', chartId: CHART_ID.terrorism2020 });
  });

  it('gives the text slides the paragraphs they show and every slide the address of its live view', () => {
    const deck = defaultDeck(library.views.maxYear);
    const slides = pptxSlides(deck, library, words);
    const [title] = slides;
    expect(title).toMatchObject({ layout: 'title', path: '/', body: [library.title.content.lede, library.title.content.facts] });
    const contested = slides.at(-2);
    expect(contested?.body?.[0]).toBe(library.contested.subtitle);
    for (const item of library.contested.items) expect(contested?.body?.join('\n')).toContain(item.claims[0] ?? '(none)');
    expect(slides.at(-1)?.body).toEqual([library.sources.subtitle, ...library.sources.items.map((i) => i.text), library.sources.more]);
    expect(slides.map((s) => s.path)).toEqual([
      '/',
      ...deck.filter((s) => s.kind === 'map').map((s) => `/?${s.query}`),
      ...deck.flatMap((s) => (s.kind === 'chart' ? [`/charts/${s.chart}/`] : [])),
      '/sources/contested/',
      '/sources/',
    ]);
    expect(slides.map(figureEmbed).filter(Boolean)).toHaveLength(deck.filter((s) => s.kind === 'map' || s.kind === 'chart').length);
    const map2001 = slides[2];
    expect(map2001 && figureEmbed(map2001)).toEqual({ id: 'map', query: 'year=2001' });
  });

  it('adds the captured figure, the chart’s editable versions and an absolute link for the file', () => {
    const [chart, map] = pptxSlides(
      [
        { kind: 'chart', chart: CHART_ID.exercisesByYear, query: 'year=2003' },
        { kind: 'map', query: 'year=2017' },
      ],
      library,
      words,
    );
    if (!chart || !map) throw new Error('two slides');
    const native = { kind: 'bar' as const, title: 'Exercises', categories: ['2003'], series: [{ name: 'Military', values: [1] }] };
    const image = { png: new Uint8Array([1]), widthPx: 10, heightPx: 5 };
    const natives = { [CHART_ID.exercisesByYear]: [native] };
    expect(toPptxSlide(chart, 'https://atlas.example.org', image, natives, words)).toMatchObject({
      title: chart.title,
      link: 'https://atlas.example.org/charts/exercises-by-year/?year=2003',
      image,
      nativeChart: [native],
      editable: { title: `${chart.title} (editable chart)`, note: expect.stringContaining('editable PowerPoint chart') },
    });
    const plain = toPptxSlide(map, 'https://atlas.example.org', undefined, natives, words);
    expect(plain.link).toBe('https://atlas.example.org/?year=2017');
    expect(plain.image).toBeUndefined();
    expect(plain.nativeChart).toBeUndefined();
  });
});
