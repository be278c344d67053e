/**
 * The .pptx as a reader's PowerPoint sees it: the default-like deck built in Node, unzipped and
 * read back (slides, titles, notes, images, charts with their data), and, where LibreOffice is
 * installed, converted to PDF with one page per slide.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeXml } from '../frame/frameSvg';
import { pptxFileName } from '../fileName';
import { assemblePptx, buildPptx } from './buildPptx';
import { finishPptx } from './pptxRepairs';
import type { NativeChart, PptxProgress } from './deckTypes';
import { layoutDeck } from './slideLayout';
import { placeholderPng } from './testing/placeholderPng';
import { sampleBriefing } from './testing/sampleBriefing';
import { sofficePath } from './testing/soffice';

// Images an eighth of the size slideImage renders: the file's structure is the same.
const { deck, slides } = sampleBriefing((size) => placeholderPng(Math.round(size.width / 8), Math.round(size.height / 8)));
const placed = layoutDeck(deck, slides);
const nativeCharts: NativeChart[] = slides.flatMap((s) => (s.nativeChart === undefined ? [] : 'kind' in s.nativeChart ? [s.nativeChart] : [...s.nativeChart]));

let zip: JSZip;
let file: Buffer;
const progress: PptxProgress[] = [];

const text = (path: string) => {
  const entry = zip.file(path);
  if (!entry) throw new Error(`${path} is not in the file`);
  return entry.async('string');
};
const names = (pattern: RegExp) => Object.keys(zip.files).filter((n) => pattern.test(n));
const byNumber = (a: string, b: string) => Number(/(\d+)\.\w+$/.exec(a)?.[1]) - Number(/(\d+)\.\w+$/.exec(b)?.[1]);

/** The series of a chart part: each `<c:ser>`'s name and its cached values ('' for a blank). */
function chartSeries(xml: string): { name: string; values: string[] }[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser = '']) => ({
    name: /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '',
    values: [.../<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1]?.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g) ?? []].map((m) => m[1] ?? ''),
  }));
}

beforeAll(async () => {
  const { pres, media } = await assemblePptx(deck, slides, (p) => progress.push(p));
  const out = await pres.write({ outputType: 'nodebuffer', compression: false });
  if (!Buffer.isBuffer(out)) throw new Error('not a buffer');
  file = Buffer.from(await finishPptx(out, media));
  zip = await JSZip.loadAsync(file);
});

describe('the .pptx of the default-like deck', () => {
  it('has one slide per deck slide and one per editable chart', () => {
    expect(slides).toHaveLength(13);
    expect(placed).toHaveLength(13 + 3);
    expect(names(/^ppt\/slides\/slide\d+\.xml$/).sort(byNumber)).toEqual(placed.map((_, i) => `ppt/slides/slide${i + 1}.xml`));
  });

  it('reports its progress slide by slide', () => {
    expect(progress.map((p) => p.done)).toEqual(placed.map((_, i) => i + 1));
    expect(progress.every((p) => p.total === placed.length && p.phase === 'slides')).toBe(true);
  });

  it('gives every slide its title as a PowerPoint title placeholder', async () => {
    for (const [i, slide] of placed.entries()) {
      const xml = await text(`ppt/slides/slide${i + 1}.xml`);
      const titleShape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).find((sp) => /<p:ph\b[^>]*\btype="title"/.test(sp));
      expect(titleShape, `slide ${i + 1}`).toBeDefined();
      const words = [...(titleShape ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
      expect(words).toBe(escapeXml(slide.title));
    }
  });

  it('puts the source line and the as-of date on the slide as text, the link linked', async () => {
    for (const [i, slide] of placed.entries()) {
      const deckSlide = slides[slide.deckIndex];
      const xml = await text(`ppt/slides/slide${i + 1}.xml`);
      if (deckSlide?.sourceLine) expect(xml).toContain(`<a:t>${escapeXml(deckSlide.sourceLine)}</a:t>`);
      expect(xml).toContain('<a:t>Data as of 10 March 2026</a:t>');
      if (deckSlide?.link) expect(await text(`ppt/slides/_rels/slide${i + 1}.xml.rels`)).toContain(`Target="${escapeXml(deckSlide.link)}"`);
    }
  });

  it('keeps to the rules PowerPoint enforces where pptxgenjs does not', async () => {
    const contentTypes = await text('[Content_Types].xml');
    for (const [, part] of contentTypes.matchAll(/PartName="\/([^"]+)"/g)) expect(zip.file(part ?? ''), part).not.toBeNull();
    for (const path of names(/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/)) {
      const xml = await text(path);
      for (const [paragraph] of xml.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)) expect((paragraph.match(/<a:pPr\b/g) ?? []).length, path).toBeLessThanOrEqual(1);
      for (const [bgPr] of xml.matchAll(/<p:bgPr>[\s\S]*?<\/p:bgPr>/g)) expect(bgPr, path).toContain('<a:effectLst/>');
    }
  });

  it('puts each slide’s notes in its notes page', async () => {
    expect(names(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).toHaveLength(placed.length);
    for (const [i, slide] of placed.entries()) {
      const xml = await text(`ppt/notesSlides/notesSlide${i + 1}.xml`);
      const words = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n');
      for (const paragraph of slide.notes.split('\n\n')) expect(words, `notes of slide ${i + 1}`).toContain(escapeXml(paragraph));
    }
  });

  it('holds each figure as a PNG of the size it was rendered at', async () => {
    const images = slides.flatMap((s) => (s.image ? [s.image] : []));
    const media = names(/^ppt\/media\/.*\.png$/);
    expect(media).toHaveLength(images.length);
    const sizes = await Promise.all(
      media.map(async (path) => {
        const bytes = await zip.file(path)?.async('uint8array');
        const view = new DataView(bytes?.buffer ?? new ArrayBuffer(24), bytes?.byteOffset ?? 0);
        expect([...(bytes?.subarray(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
        return `${view.getUint32(16)}x${view.getUint32(20)}`;
      }),
    );
    expect(sizes.sort()).toEqual(images.map((i) => `${i.widthPx}x${i.heightPx}`).sort());
  });

  it('holds each editable chart with its data, and the data sheet PowerPoint edits', async () => {
    const parts = names(/^ppt\/charts\/chart\d+\.xml$/).sort(byNumber);
    expect(parts).toHaveLength(nativeCharts.length);
    expect(names(/^ppt\/embeddings\/.*\.xlsx$/)).toHaveLength(nativeCharts.length);
    const series = await Promise.all(parts.map(async (p) => chartSeries(await text(p))));
    nativeCharts.forEach((chart, i) => {
      expect(series[i]).toEqual(chart.series.map((s) => ({ name: escapeXml(s.name), values: s.values.map((v) => (v === null ? '' : String(v))) })));
    });
    expect(series.flat().some((s) => s.values.includes('41'))).toBe(true);
  });

  it('draws each kind of chart as its kind', async () => {
    const xml = await Promise.all(names(/^ppt\/charts\/chart\d+\.xml$/).sort(byNumber).map(text));
    const kinds = nativeCharts.map((c) => c.kind);
    const of = (kind: string) => xml.filter((_, i) => kinds[i] === kind);
    for (const line of of('line')) expect(line).toMatch(/<c:lineChart>[\s\S]*<c:dispBlanksAs val="gap"\/>/);
    for (const bar of of('bar')) expect(bar).toMatch(/<c:barDir val="bar"\/>[\s\S]*<c:orientation val="maxMin"\/>/);
    for (const stacked of of('stackedBar')) expect(stacked).toMatch(/<c:barDir val="col"\/>[\s\S]*<c:grouping val="stacked"\/>/);
  });

  it('defines the slide masters by name', async () => {
    const layouts = await Promise.all(names(/^ppt\/slideLayouts\/slideLayout\d+\.xml$/).map(text));
    for (const name of ['SCO_FIGURE', 'SCO_FIGURE_TWO_LINE_TITLE', 'SCO_TITLE']) expect(layouts.some((x) => x.includes(`name="${name}"`))).toBe(true);
  });
});

describe('buildPptx', () => {
  it('returns the file’s bytes, letting the page run between slides', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const phases: string[] = [];
    const bytes = await buildPptx(deck, slides.slice(0, 4), (p) => phases.push(`${p.phase} ${p.done}/${p.total}`));
    clearInterval(timer);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(phases).toEqual(['slides 1/4', 'slides 2/4', 'slides 3/4', 'slides 4/4', 'file 4/4']);
    expect(ticks).toBeGreaterThanOrEqual(4);
    expect(pptxFileName(deck.date)).toBe('sco-briefing-2026-12-05.pptx');
  });

  it('leaves the editable charts out when asked', async () => {
    const bytes = await buildPptx(deck, slides, undefined, { nativeCharts: false });
    const small = await JSZip.loadAsync(bytes);
    expect(Object.keys(small.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(slides.length);
    expect(Object.keys(small.files).some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toBe(false);
  });
});

const soffice = sofficePath();

describe.skipIf(soffice === null)('in LibreOffice', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sco-pptx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens the file and prints one page per slide', () => {
    const pptx = join(dir, pptxFileName(deck.date));
    writeFileSync(pptx, file);
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    execFileSync(soffice ?? 'soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], { timeout: 240_000, stdio: 'ignore' });
    const pdf = readFileSync(join(dir, pptxFileName(deck.date).replace(/\.pptx$/, '.pdf')), 'latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(placed.length);
  }, 300_000);
});
