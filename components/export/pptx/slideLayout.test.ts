import { describe, expect, it } from 'vitest';
import { arialMeasure } from './arialMeasure';
import type { NativeChart, PptxSlide } from './deckTypes';
import {
  chartGrid,
  figureBox,
  figurePixels,
  fitImage,
  layoutDeck,
  layoutSlide,
  MASTER,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  slideMasters,
  titleFit,
  type Box,
  type SlideItem,
} from './slideLayout';

const SOURCE = 'Source: Su Chang & Li Xinwei (2021); TASS (2020, 2022); UrduPoint (2021); Sputnik Uzbekistan (2021)';
const LONG_SOURCE = `Source: ${Array.from({ length: 12 }, (_, i) => `Publisher number ${i + 1} of the record (20${10 + i})`).join('; ')} and 4 more (each row names its sources in the table)`;
const bar: NativeChart = { kind: 'bar', title: 'Attacks prevented', categories: ['Kyrgyzstan · 2020', 'Russia · 2020'], series: [{ name: 'Attacks', values: [2, 41] }] };

const slide = (fields: Partial<PptxSlide> = {}): PptxSlide => ({
  title: 'Terrorism statistics, 2020: what each country counted',
  notes: 'Russia: 41 attacks prevented (disputed: 44 in UrduPoint).',
  sourceLine: SOURCE,
  asOf: 'Data as of 10 March 2026',
  link: 'https://atlas.example.org/charts/terrorism-2020/',
  image: { png: 'data:image/png;base64,AAAA', widthPx: 3552, heightPx: 1500 },
  ...fields,
});

const inside = (b: Box, outer: Box = { x: 0, y: 0, w: SLIDE_WIDTH, h: SLIDE_HEIGHT }) =>
  b.x >= outer.x - 1e-9 && b.y >= outer.y - 1e-9 && b.x + b.w <= outer.x + outer.w + 1e-9 && b.y + b.h <= outer.y + outer.h + 1e-9;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 1e-9 && b.x < a.x + a.w - 1e-9 && a.y < b.y + b.h - 1e-9 && b.y < a.y + a.h - 1e-9;
const texts = (items: SlideItem[], role: string) => items.flatMap((i) => (i.kind === 'text' && i.role === role ? [i] : []));

describe('arialMeasure', () => {
  it('knows Arial’s widths of ASCII, and bold is wider', () => {
    expect(arialMeasure.width('Hello', 1000, 400)).toBe(722 + 556 + 222 + 222 + 556);
    expect(arialMeasure.width('Russia 2020', 10, 700)).toBeGreaterThan(arialMeasure.width('Russia 2020', 10, 400));
    expect(arialMeasure.width('–’·', 1000, 400)).toBe(556 + 222 + 278);
    expect(arialMeasure.width('é', 1000, 400)).toBe(556);
  });
});

describe('titleFit', () => {
  it('keeps a title on one line at 28 pt, or 24 pt, else gives it two lines', () => {
    expect(titleFit('Joint exercises per year, by kind')).toEqual({ size: 28, lines: 1 });
    expect(titleFit('SCO members and partners in 2017: statuses, exercises and incidents')).toEqual({ size: 24, lines: 1 });
    expect(titleFit('SCO members, observers, dialogue partners and partners in 2017, with the exercises and incidents of that year').lines).toBe(2);
  });
});

describe('fitImage', () => {
  const box = { x: 0.5, y: 1.2, w: 12.333, h: 5.2 };
  it('fits the image whole, never stretched, centred in the box', () => {
    for (const [w, h] of [[3840, 2160], [1000, 2000], [3552, 1498]] as const) {
      const fitted = fitImage(box, w, h);
      expect(fitted.w / fitted.h).toBeCloseTo(w / h, 9);
      expect(inside(fitted, box)).toBe(true);
      expect(fitted.w === box.w || Math.abs(fitted.h - box.h) < 1e-9 || Math.abs(fitted.w - box.w) < 1e-9).toBe(true);
      expect(fitted.x - box.x).toBeCloseTo(box.x + box.w - (fitted.x + fitted.w), 9);
    }
  });
  it('refuses an image without a size', () => {
    expect(() => fitImage(box, 0, 100)).toThrow();
  });
});

describe('figureBox and figurePixels', () => {
  it('leaves the figure the room between the title and the footer', () => {
    const box = figureBox(slide());
    expect(inside(box)).toBe(true);
    expect(box.y).toBeGreaterThan(0.8);
    expect(box.y + box.h).toBeLessThan(SLIDE_HEIGHT - 0.5);
    expect(figureBox(slide({ sourceLine: LONG_SOURCE })).h).toBeLessThan(box.h);
    expect(figureBox(slide({ sourceLine: '', asOf: '', link: undefined })).h).toBeGreaterThan(box.h);
  });
  it('renders at 2× the density of a 1920 × 1080 slide', () => {
    expect(figurePixels({ x: 0, y: 0, w: SLIDE_WIDTH, h: SLIDE_HEIGHT })).toEqual({ width: 3840, height: 2160 });
    const box = figureBox(slide());
    const px = figurePixels(box);
    expect(px.width).toBe(3552);
    expect(px.width / px.height).toBeCloseTo(box.w / box.h, 2);
  });
});

describe('chartGrid', () => {
  it('puts one chart in the whole box and six in two rows of three, apart', () => {
    const box = { x: 0.5, y: 1.2, w: 12, h: 5 };
    expect(chartGrid(box, 1)).toEqual([box]);
    const six = chartGrid(box, 6);
    expect(new Set(six.map((c) => c.y)).size).toBe(2);
    for (const [i, a] of six.entries()) {
      expect(inside(a, box)).toBe(true);
      for (const b of six.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });
});

describe('layoutSlide', () => {
  it('places the title in the master, the image, the source and the as-of date apart', () => {
    const [placed, ...rest] = layoutSlide(slide(), 0);
    expect(rest).toEqual([]);
    expect(placed?.master).toBe(MASTER.figure);
    expect(placed?.title).toBe('Terrorism statistics, 2020: what each country counted');
    expect(placed?.notes).toBe(slide().notes);
    const items = placed?.items ?? [];
    const image = items.find((i) => i.kind === 'image');
    expect(image?.box.w).toBeGreaterThan(12);
    expect(texts(items, 'source')[0]?.paragraphs).toEqual([[{ text: SOURCE }]]);
    expect(texts(items, 'asOf')[0]?.paragraphs[0]).toEqual([
      { text: 'Data as of 10 March 2026' },
      { text: ' · ' },
      { text: 'atlas.example.org/charts/terrorism-2020/', link: 'https://atlas.example.org/charts/terrorism-2020/' },
    ]);
    const titleBox = slideMasters()[0]?.title.box;
    const boxes = [...items.map((i) => i.box), ...(titleBox ? [titleBox] : [])];
    for (const [i, a] of boxes.entries()) {
      expect(inside(a)).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it('adds the editable chart on a slide of its own, with the same footer and the notes', () => {
    const editableWords = { title: 'Terrorism statistics, 2020: what each country counted (editable chart)', note: 'Right-click it and choose Edit Data.' };
    const placed = layoutSlide(slide({ nativeChart: bar, editable: editableWords }), 3);
    expect(placed.map((p) => [p.editable, p.deckIndex])).toEqual([[false, 3], [true, 3]]);
    const editable = placed[1];
    expect(editable?.title).toBe('Terrorism statistics, 2020: what each country counted (editable chart)');
    expect(editable?.notes).toContain('Edit Data');
    expect(editable?.notes).toContain(slide().notes);
    const charts = editable?.items.filter((i) => i.kind === 'chart') ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ showTitle: false, colors: ['#0072b2'] });
    expect(texts(editable?.items ?? [], 'source')).toHaveLength(1);
  });

  it('lays small multiples out as a grid of titled charts', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ ...bar, title: `Measure ${i}` }));
    const charts = layoutSlide(slide({ nativeChart: six }), 0)[1]?.items.filter((i) => i.kind === 'chart') ?? [];
    expect(charts.map((c) => c.kind === 'chart' && c.showTitle)).toEqual(Array(6).fill(true));
  });

  it('leaves the editable slide out when asked', () => {
    expect(layoutSlide(slide({ nativeChart: bar }), 0, undefined, { nativeCharts: false })).toHaveLength(1);
  });

  it('gives a long title the two-line master and the figure less room', () => {
    const long = slide({ title: 'SCO members, observers, dialogue partners and partners in 2017, with the exercises and incidents of that year' });
    expect(layoutSlide(long, 0)[0]?.master).toBe(MASTER.figureTwoLineTitle);
    expect(figureBox(long).y).toBeGreaterThan(figureBox(slide()).y);
  });

  it('sets a title slide centred, its lines below; a text slide as bullets', () => {
    const title = layoutSlide(slide({ layout: 'title', image: undefined, body: ['An atlas of SCO security cooperation', '5 December 2026'] }), 0)[0];
    expect(title?.master).toBe(MASTER.title);
    expect(texts(title?.items ?? [], 'body')[0]).toMatchObject({ align: 'center', bullets: false });
    const list = layoutSlide(slide({ image: undefined, body: ['TASS', 'UrduPoint'] }), 0)[0];
    expect(texts(list?.items ?? [], 'body')[0]).toMatchObject({ align: 'left', bullets: true, paragraphs: [[{ text: 'TASS' }], [{ text: 'UrduPoint' }]] });
  });

  it('sets a source line of more than two lines smaller', () => {
    const size = (sourceLine: string) => texts(layoutSlide(slide({ sourceLine }), 0)[0]?.items ?? [], 'source')[0]?.size;
    expect(size(SOURCE)).toBe(14);
    expect(size(LONG_SOURCE)).toBe(12);
  });

  it('writes the as-of line as the deck words it, in its language', () => {
    const asOf = (value: string) => texts(layoutSlide(slide({ asOf: value, link: undefined }), 0)[0]?.items ?? [], 'asOf')[0]?.paragraphs[0]?.[0]?.text;
    expect(asOf('Данные на 10 марта 2026 г.')).toBe('Данные на 10 марта 2026 г.');
    expect(asOf('Figures of 2020')).toBe('Figures of 2020');
  });
});

describe('layoutDeck', () => {
  it('lays out every slide in order with the deck’s colours', () => {
    const palette = { background: '#101418', text: '#f5f7fa', muted: '#a9b4c2' };
    const placed = layoutDeck({ title: 'Briefing', asOf: '2026-03-10', date: '2026-12-05', palette }, [slide(), slide({ nativeChart: bar }), slide()]);
    expect(placed.map((p) => p.deckIndex)).toEqual([0, 1, 1, 2]);
    expect(texts(placed[0]?.items ?? [], 'source')[0]?.color).toBe('#a9b4c2');
    expect(slideMasters(palette).every((m) => m.background === '#101418' && m.title.color === '#f5f7fa')).toBe(true);
  });
});
