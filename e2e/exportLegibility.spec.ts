/**
 * Every export of every chart and the map is whole (nothing drawn past its edges) and readable (no
 * word below 11 px at 1×), in every size and format: each PNG is checked through the SVG it was
 * drawn from. A view too long for a slide says so instead of shrinking its rows.
 */
import { PNG } from 'pngjs';
import { expect, test, type Page } from './support/test';
import { exportVia } from './support/exports';

/** No word of an export is smaller than this, in px at 1× (components/export/frame/frameLayout.ts). */
const MIN_TEXT_PX = 11;

const VIEWS = [
  { name: 'the map', path: '/?year=2017', button: 'Export map', file: 'sco-map-2017' },
  ...(['terrorism-2020', 'rats-figures', 'membership', 'exercises-by-year', 'milestones'] as const).map((id) => ({
    name: id,
    path: `/charts/${id}/`,
    button: 'Export chart',
    file: id,
  })),
  // The dashboard's frames hold only the compact layout (and, where that cannot fill a slide, the slide layout).
  { name: 'terrorism-2020 in the dashboard’s frame', path: '/embed/terrorism-2020/', button: 'Export chart', file: 'terrorism-2020' },
];

const SIZES = [
  { item: /^PNG 1× /, suffix: '.png' },
  { item: /^PNG 2× /, suffix: '@2x.png' },
  { item: /^PNG 4× /, suffix: '@4x.png' },
  { item: /^PNG 1920 × 1080 /, suffix: '-1920x1080.png' },
  { item: /^PNG 1200 × 675 /, suffix: '-1200x675.png' },
  { item: /^SVG /, suffix: '.svg' },
];

/** Keeps every SVG the page turns into an image (what each PNG is drawn from), to inspect it. */
async function recordSvgImages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const kept: string[] = [];
    Object.assign(window, { __exportSvgs: kept });
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob && object.type.startsWith('image/svg+xml')) void object.text().then((text) => kept.push(text));
      return createObjectURL(object);
    };
  });
}

/** The SVG a PNG of this pixel size was drawn from. */
async function svgOfPng(page: Page, width: number, height: number): Promise<string> {
  let found = '';
  await expect(async () => {
    found = await page.evaluate(
      ([w, h]) => {
        const kept = (window as unknown as { __exportSvgs: string[] }).__exportSvgs;
        return [...kept].reverse().find((svg) => svg.includes(`width="${w}" height="${h}" viewBox=`)) ?? '';
      },
      [width, height] as const,
    );
    expect(found, `the SVG of the ${width} × ${height} PNG`).not.toBe('');
  }).toPass({ timeout: 5_000 });
  return found;
}

interface Inspection {
  width: number;
  height: number;
  /** Drawn elements (words, marks, lines) reaching past the image's edges. */
  outside: string[];
  /** The smallest word in px at 1×, and the word. */
  smallest: { px: number; text: string };
  words: number;
  /** Words left as <text> (not outlines). */
  texts: number;
}

/**
 * Draws the export's SVG in the page at its own size and looks at what the browser drew: the box
 * of every shape and word (where a clip path cuts it, the part drawn), and the size of every word
 * (the size it is set at, times the scale it is drawn at, in px at 1×).
 */
async function inspectExport(page: Page, svg: string): Promise<Inspection> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;pointer-events:none';
    // At its own size, whatever the page's styles say of svg elements.
    root.style.cssText = 'max-width:none;max-height:none;display:block';
    host.append(root);
    document.body.append(host);
    try {
      const width = Number(root.getAttribute('width'));
      const height = Number(root.getAttribute('height'));
      const atOne = Math.min(1, width / root.viewBox.baseVal.width);
      const frame = root.getBoundingClientRect();
      // getCTM counts the root's own viewBox scale (its width over the viewBox's): take it out.
      const rootScale = frame.width / root.viewBox.baseVal.width;
      type Rect = { left: number; top: number; right: number; bottom: number };
      const clipOf = (el: Element): Rect | null => {
        let clip: Rect | null = null;
        for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
          const id = /url\(#([^)]+)\)/.exec(n.getAttribute('clip-path') ?? '')?.[1];
          const rect = id ? root.querySelector(`#${CSS.escape(id)} rect`) : null;
          const ctm = n instanceof SVGGraphicsElement ? n.getScreenCTM() : null;
          if (!rect || !ctm) continue;
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a) ?? 0)) as [number, number, number, number];
          const pts = [[x, y], [x + w, y], [x, y + h], [x + w, y + h]].map(([px, py]) => new DOMPoint(px, py).matrixTransform(ctm));
          const r = { left: Math.min(...pts.map((p) => p.x)), right: Math.max(...pts.map((p) => p.x)), top: Math.min(...pts.map((p) => p.y)), bottom: Math.max(...pts.map((p) => p.y)) };
          clip = clip ? { left: Math.max(clip.left, r.left), right: Math.min(clip.right, r.right), top: Math.max(clip.top, r.top), bottom: Math.min(clip.bottom, r.bottom) } : r;
        }
        return clip;
      };
      const outside: string[] = [];
      for (const el of root.querySelectorAll('path, text, circle, rect, line, polyline, polygon, ellipse, use, image')) {
        if (el.closest('defs, clipPath, pattern, marker, mask')) continue;
        const b = el.getBoundingClientRect();
        if (b.width === 0 && b.height === 0) continue;
        const clip = clipOf(el);
        const drawn = clip ? { left: Math.max(b.left, clip.left), right: Math.min(b.right, clip.right), top: Math.max(b.top, clip.top), bottom: Math.min(b.bottom, clip.bottom) } : b;
        if (drawn.right <= drawn.left || drawn.bottom <= drawn.top) continue;
        if (drawn.left < frame.left - 1 || drawn.top < frame.top - 1 || drawn.right > frame.right + 1 || drawn.bottom > frame.bottom + 1) {
          const label = el.getAttribute('aria-label') ?? el.closest('[aria-label]')?.getAttribute('aria-label') ?? el.localName;
          outside.push(`${label.slice(0, 60)} (${Math.round(drawn.left)}–${Math.round(drawn.right)} × ${Math.round(drawn.top)}–${Math.round(drawn.bottom)})`);
        }
      }
      let smallest = { px: Infinity, text: '' };
      let words = 0;
      for (const el of root.querySelectorAll('text, path[aria-label][font-size], g[aria-label][font-size]')) {
        const ctm = (el as SVGGraphicsElement).getCTM();
        const size = Number(el.getAttribute('font-size') ?? getComputedStyle(el).fontSize.replace('px', ''));
        if (!ctm || !(size > 0)) continue;
        words++;
        const px = ((size * Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c))) / rootScale) * atOne;
        if (px < smallest.px) smallest = { px, text: el.getAttribute('aria-label') ?? el.textContent ?? '' };
      }
      return { width, height, outside, smallest, words, texts: root.querySelectorAll('text').length };
    } finally {
      host.remove();
    }
  }, svg);
}

test.describe('Every export is whole and readable', () => {
  test.beforeEach(async ({ page }) => {
    await recordSvgImages(page);
  });

  for (const view of VIEWS) {
    test(`${view.name}: in every size and format, nothing runs past the edges and no word is below ${MIN_TEXT_PX} px`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(view.path);
      if (view.button === 'Export map') await expect(page.locator('svg[data-map-year="2017"]')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('button', { name: view.button })).toBeVisible();
      for (const size of SIZES) {
        const file = await exportVia(page, view.button, size.item);
        expect(file.name).toBe(`${view.file}${size.suffix}`);
        let svg = file.bytes.toString('utf8');
        if (size.suffix.endsWith('.png')) {
          const png = PNG.sync.read(file.bytes);
          svg = await svgOfPng(page, png.width, png.height);
        }
        const seen = await inspectExport(page, svg);
        const where = `${view.name}, ${file.name}`;
        expect(seen.outside, `${where}: drawn past the image's edges`).toEqual([]);
        expect(seen.words, where).toBeGreaterThan(5);
        expect(seen.texts, `${where}: every word is an outline`).toBe(0);
        expect(seen.smallest.px, `${where}: "${seen.smallest.text.slice(0, 60)}" is ${seen.smallest.px.toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.05);
      }
    });
  }

  test('a view with more rows than a slide can hold readably says so instead of shrinking them', async ({ page }) => {
    await page.goto('/charts/rats-figures/');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Export chart' }).click();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByRole('menuitem', { name: /^PNG 1200 × 675 / }).click();
    await expect(page.getByRole('status').filter({ hasText: 'too much to read at 1200 × 675' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Export PNG 2×' })).toBeVisible();
    expect(downloads).toEqual([]);
    // The whole view is still there as a tall image.
    const tall = await exportVia(page, 'Export chart', /^PNG 2× /);
    expect(tall.name).toBe('rats-figures@2x.png');
  });
});
