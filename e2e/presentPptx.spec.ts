import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { expect, test, type Page } from './support/test';
import { exportStrings } from '../locales/en/export';
import { present } from '../locales/en/present';

/**
 * "Download PowerPoint" on /present: the default deck's file, unzipped and read back (a slide per
 * deck slide plus the editable-chart slides, each title in a title placeholder, each slide's notes
 * in its notes page, a real picture per figure slide, the editable charts with their series), and
 * a custom deck from a URL that gives exactly its own slides. The titles and notes expected are
 * the ones the deck editor shows for the same deck.
 */
const t = present.deck;
/** In pptxgenjs's code (the slides' XML namespace), in nothing the deck needs to show. */
const PPTX_WRITER_MARK = 'schemas.openxmlformats.org/presentationml/2006/main';
const FIGURE_KINDS: ReadonlySet<string> = new Set([present.editor.slideKind.map, present.editor.slideKind.chart]);

interface EditorSlide {
  title: string;
  kind: string;
  notes: string;
}

/** The deck as the editor lists it: each slide's title, kind and generated notes (its notes field's placeholder). */
async function editorSlides(page: Page, query: string): Promise<EditorSlide[]> {
  await page.goto(`/present/edit/${query}`);
  const rows = page.getByRole('list', { name: present.editor.listLabel }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const out: EditorSlide[] = [];
  for (const row of await rows.all()) {
    const title = (await row.locator('strong').textContent()) ?? '';
    const kind = ((await row.locator('strong + span').textContent()) ?? '').split(' · ')[0] ?? '';
    const notes = (await row.getByRole('textbox', { name: /^Notes for slide/ }).getAttribute('placeholder')) ?? '';
    out.push({ title, kind, notes });
  }
  return out;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? ''));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const byNumber = (a: string, b: string) => Number(/(\d+)\.\w+$/.exec(a)?.[1]) - Number(/(\d+)\.\w+$/.exec(b)?.[1]);

interface Pptx {
  zip: JSZip;
  file: string;
  names: (pattern: RegExp) => string[];
  text: (path: string) => Promise<string>;
}

/** Presses "Download PowerPoint" (a click, or Tab to it and Enter), checks it says it is busy, and opens the file it gives. */
async function downloadDeck(page: Page, via: 'click' | 'keyboard' = 'click'): Promise<Pptx> {
  const button = page.getByRole('button', { name: t.pptx });
  const download = page.waitForEvent('download', { timeout: 110_000 });
  if (via === 'click') await button.click();
  else {
    for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: /^Preparing the PowerPoint file: figure \d+ of \d+…$/ })).toBeVisible();
  const file = await download;
  await expect(button).toBeEnabled();
  const path = await file.path();
  const zip = await JSZip.loadAsync(await readFile(path));
  return {
    zip,
    file: file.suggestedFilename(),
    names: (pattern) => Object.keys(zip.files).filter((n) => pattern.test(n)).sort(byNumber),
    text: async (p) => {
      const entry = zip.file(p);
      if (!entry) throw new Error(`${p} is not in the file`);
      return entry.async('string');
    },
  };
}

/** Each slide's title placeholder text, in order. */
async function slideTitles(pptx: Pptx): Promise<string[]> {
  const titles: string[] = [];
  for (const path of pptx.names(/^ppt\/slides\/slide\d+\.xml$/)) {
    const xml = await pptx.text(path);
    const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).find((sp) => /<p:ph\b[^>]*\btype="(title|ctrTitle)"/.test(sp));
    titles.push(shape === undefined ? '(no title placeholder)' : runs(shape).join(''));
  }
  return titles;
}

/** The figures: each PNG's size, and whether it shows something (many colours, ink off the background). */
async function pictures(pptx: Pptx): Promise<{ width: number; height: number; colours: number; inked: number }[]> {
  return Promise.all(
    pptx.names(/^ppt\/media\/[^/]+\.png$/).map(async (path) => {
      const bytes = await pptx.zip.file(path)?.async('nodebuffer');
      if (!bytes) throw new Error(path);
      const png = PNG.sync.read(bytes);
      const colours = new Set<number>();
      const at = (i: number) => png.data.readUInt32BE(i);
      const background = at(0);
      let inked = 0;
      for (let i = 0; i < png.data.length; i += 4 * 7) {
        colours.add(at(i));
        if (at(i) !== background) inked++;
      }
      return { width: png.width, height: png.height, colours: colours.size, inked: inked / (png.data.length / (4 * 7)) };
    }),
  );
}

/** Each chart part's series: its name and how many values it has. */
async function chartSeries(pptx: Pptx): Promise<{ name: string; values: number }[][]> {
  return Promise.all(
    pptx.names(/^ppt\/charts\/chart\d+\.xml$/).map(async (path) =>
      [...(await pptx.text(path)).matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser = '']) => ({
        name: decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? ''),
        values: [.../<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1]?.matchAll(/<c:pt idx="\d+"><c:v>-?[\d.]+<\/c:v><\/c:pt>/g) ?? []].length,
      })),
    ),
  );
}

/** The file's slides as the deck's: each deck slide, and after a chart with an editable version, that version. */
function expectedTitles(slides: readonly EditorSlide[], editable: ReadonlySet<string>): string[] {
  return slides.flatMap((s) => (editable.has(s.title) ? [s.title, exportStrings.pptx.editableTitle.replace('{title}', s.title)] : [s.title]));
}

test.describe('Download PowerPoint', () => {
  test('the default deck: a slide per slide and per editable chart, titles, notes, pictures and chart data', async ({ page }) => {
    test.setTimeout(150_000);
    const slides = await editorSlides(page, '');
    expect(slides).toHaveLength(13);

    // Which scripts hold the PowerPoint writer (its XML namespaces): none of those the deck loads before the click.
    const scripts: Promise<{ url: string; writer: boolean }>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text().then((body) => ({ url: r.url(), writer: body.includes(PPTX_WRITER_MARK) }), () => ({ url: r.url(), writer: false })));
    });
    await page.goto('/present/');
    await page.waitForLoadState('networkidle');
    const beforeClick = await Promise.all(scripts);
    expect(beforeClick.length).toBeGreaterThan(0);
    expect(beforeClick.filter((s) => s.writer).map((s) => s.url)).toEqual([]);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const pptx = await downloadDeck(page);
    expect(pptx.file).toBe(`sco-briefing-${today}.pptx`);
    const done = page.getByRole('status').filter({ hasText: `Downloaded ${pptx.file}` });
    await expect(done).toBeVisible();
    await expect(done).not.toContainText('Without their figure');
    expect((await Promise.all(scripts)).some((s) => s.writer), 'the writer arrives with the click').toBe(true);

    // Slides and titles: the editable charts follow the charts that have one (bar and line charts).
    const titles = await slideTitles(pptx);
    const editableOf = titles.filter((x) => x.endsWith(' (editable chart)')).map((x) => x.replace(/ \(editable chart\)$/, ''));
    expect(editableOf).toHaveLength(3);
    expect(titles).toEqual(expectedTitles(slides, new Set(editableOf)));

    // Notes: each slide's own, in its notes page (the editable chart's page repeats them).
    const notes = pptx.names(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    expect(notes).toHaveLength(titles.length);
    let page_ = 0;
    for (const slide of slides) {
      const words = squash(runs(await pptx.text(notes[page_] ?? '')).join('\n'));
      expect(slide.notes.length, slide.title).toBeGreaterThan(40);
      expect(words, `notes of “${slide.title}”`).toContain(squash(slide.notes));
      page_ += editableOf.includes(slide.title) ? 2 : 1;
    }

    // One picture per figure slide, sharp on a 4K projector and not blank.
    const figures = slides.filter((s) => FIGURE_KINDS.has(s.kind));
    expect(figures).toHaveLength(10);
    const images = await pictures(pptx);
    expect(images).toHaveLength(figures.length);
    for (const [i, image] of images.entries()) {
      expect(image.width, `picture ${i + 1}`).toBeGreaterThanOrEqual(2400);
      expect(image.width).toBeLessThanOrEqual(3840);
      expect(image.height).toBeGreaterThanOrEqual(900);
      expect(image.colours, `picture ${i + 1} has few colours`).toBeGreaterThan(8);
      expect(image.inked, `picture ${i + 1} is nearly blank`).toBeGreaterThan(0.01);
    }

    // The editable charts: a chart part each, every series named, with its values.
    const charts = await chartSeries(pptx);
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const series of charts) {
      expect(series.length).toBeGreaterThan(0);
      for (const s of series) {
        expect(s.name).not.toBe('');
        expect(s.values).toBeGreaterThan(0);
      }
    }
    // A chart over the years (exercises, membership): a value for each year since the SCO's founding.
    expect(charts.some((series) => series.some((s) => s.values >= 20))).toBe(true);
  });

  test('a custom deck from a URL (a map view and a chart), from the keyboard, gives exactly its slides in the deck’s dark theme', async ({ page }) => {
    test.setTimeout(90_000);
    // The default deck's map of 2017 and its exercises by year.
    const query = '?deck=1~d3~d9';
    const slides = await editorSlides(page, query);
    expect(slides.map((s) => s.kind)).toEqual([present.editor.slideKind.map, present.editor.slideKind.chart]);

    await page.addInitScript(() => localStorage.setItem('sco-atlas-deck-theme', 'dark'));
    await page.goto(`/present/${query}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const pptx = await downloadDeck(page, 'keyboard');
    // Enter pressed the button; it did not also move the deck.
    await expect(page.locator('section[aria-roledescription="slide"][data-current]')).toHaveAttribute('aria-label', /^Slide 1 of 2: /);
    await expect(page.getByRole('status').filter({ hasText: `Downloaded ${pptx.file} (3 slides)` })).toBeVisible();

    const titles = await slideTitles(pptx);
    expect(titles).toEqual(expectedTitles(slides, new Set([slides[1]?.title ?? ''])));
    expect(titles[0]).toMatch(/2017$/);
    const images = await pictures(pptx);
    expect(images).toHaveLength(2);
    expect(await chartSeries(pptx)).toHaveLength(1);

    // Dark slides for a dark deck: each slide's master (its layout part) has the picture's own dark ground.
    for (const n of [1, 2, 3]) {
      const rels = await pptx.text(`ppt/slides/_rels/slide${n}.xml.rels`);
      const layout = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)?.[1] ?? '(none)';
      const fill = /<p:bg>[\s\S]*?<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(await pptx.text(`ppt/slideLayouts/${layout}`))?.[1] ?? 'ffffff';
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(fill.slice(i, i + 2), 16));
      expect((r ?? 255) + (g ?? 255) + (b ?? 255), `slide ${n}: background #${fill}`).toBeLessThan(3 * 80);
    }
  });

  test('a figure that fails leaves its slide with its text, and the status line says which and why', async ({ page }) => {
    test.setTimeout(90_000);
    // The map's page stands in for one whose export fails: it listens, then answers every figure request with an error.
    await page.route('**/embed/map/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>map</title><script>
          addEventListener('message', (e) => {
            if (e.data && e.data.kind === 'figure') parent.postMessage({ type: 'sco-atlas-embed', kind: 'figureError', chart: e.data.chart, id: e.data.id, reason: 'the map could not be drawn' }, location.origin);
          });
          parent.postMessage({ type: 'sco-atlas-embed', kind: 'ready', chart: 'map' }, location.origin);
        </script>`,
      }),
    );
    await page.goto('/present/?deck=1~d3~d9');
    const title = (await page.locator('section[aria-roledescription="slide"][data-current]').getAttribute('aria-label'))?.replace(/^Slide 1 of 2: /, '') ?? '';
    const pptx = await downloadDeck(page);
    await expect(page.getByRole('status').filter({ hasText: `Downloaded ${pptx.file} (3 slides)` })).toContainText('Without their figure: slide 1 (the map could not be drawn).');
    expect((await slideTitles(pptx))[0]).toBe(title);
    expect(await pictures(pptx)).toHaveLength(1);
    expect(await pptx.text('ppt/slides/slide1.xml')).not.toContain('<p:pic>');
  });
});
