import { beforeAll, describe, expect, it } from 'vitest';
import type { FrameSpec } from '@/components/frame/frameSpec';
import { loadTestFonts, loadTestSubset } from '../fonts/testFonts';
import { TextShaper } from '../fonts/textShaper';
import { layoutFrame, type FrameFooter } from './frameLayout';
import { escapeXml, frameSvg, type FrameSvgInput } from './frameSvg';

let shaper: TextShaper;
beforeAll(async () => {
  shaper = new TextShaper(await loadTestFonts());
});

const spec: FrameSpec = {
  title: 'SCO members & observers, 2017',
  subtitle: 'India and Pakistan joined on 9 June 2017 at the Astana summit.',
  legend: [
    { label: 'Member', colorToken: '--status-member', shape: 'square' },
    { label: 'Observer', colorToken: '--status-observer', shape: 'hatched' },
    { label: 'Military exercise', colorToken: '--kind-military', shape: 'triangle' },
  ],
  sourceLine: 'Source: Su Chang & Li Xinwei (2021); SCO Secretariat (2017)',
  asOf: '2025-09-01',
  url: '/?year=2017',
};
const footer: FrameFooter = {
  asOf: 'Data as of 1 September 2025',
  link: { text: 'sco-atlas.example/?year=2017', href: 'https://sco-atlas.example/?year=2017' },
  notes: ['Boundaries: Natural Earth’s de facto lines; no endorsement implied.'],
};
const plot = {
  markup: '<g fill="#0f4c8a"><rect x="10" y="10" width="100" height="50"/></g>',
  viewBox: { x: 0, y: 0, width: 700, height: 400 },
};

function svgInputFor(layout: FrameSvgInput['layout'], frameSpec: FrameSpec = spec): FrameSvgInput {
  return {
    layout,
    spec: frameSpec,
    footer,
    plot,
    palette: { background: '#ffffff', text: '#1a1f26', muted: '#4d5866', rule: '#c9d0d9' },
    color: (token) => (token === '--status-member' ? '#0f4c8a' : '#e69f00'),
    shaper,
    legendLabel: 'Legend',
    lang: 'en',
  };
}

function svgFor(over: Partial<FrameSvgInput> = {}): string {
  const layout = layoutFrame({ spec: over.spec ?? spec, footer, plot: plot.viewBox, size: { scale: 2 }, measure: shaper, lang: 'en' });
  return frameSvg({
    layout,
    spec,
    footer,
    plot,
    palette: { background: '#ffffff', text: '#1a1f26', muted: '#4d5866', rule: '#c9d0d9' },
    color: (token) => (token === '--status-member' ? '#0f4c8a' : '#e69f00'),
    shaper,
    legendLabel: 'Legend',
    lang: 'en',
    ...over,
  });
}

/** Asserts a fragment is in the SVG without printing the whole (long) file on failure. */
function has(svg: string, fragment: string | RegExp): void {
  const found = typeof fragment === 'string' ? svg.includes(fragment) : fragment.test(svg);
  expect(found, String(fragment)).toBe(true);
}

function hasNot(svg: string, fragment: string | RegExp): void {
  const found = typeof fragment === 'string' ? svg.includes(fragment) : fragment.test(svg);
  expect(found, String(fragment)).toBe(false);
}

/** Tags open and close in order (a small well-formedness check; the browser test parses it for real). */
function balanced(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z:]+)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (selfClose) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else if (name) stack.push(name);
  }
  return stack.length === 0;
}

describe('frameSvg', () => {
  it('names the image by its title and describes it with every other word of the frame', () => {
    const svg = svgFor();
    has(svg, `<title id="sco-export-title">${escapeXml(spec.title)}</title>`);
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    for (const text of [spec.subtitle, ...spec.legend.map((l) => l.label), spec.sourceLine, ...footer.notes, footer.asOf, footer.link.href]) {
      expect(desc).toContain(escapeXml(text));
    }
    has(svg, /role="img" aria-labelledby="sco-export-title sco-export-desc"/);
  });

  it('draws every word as outlines labelled with the words, not as <text>', () => {
    const svg = svgFor();
    hasNot(svg, '<text');
    const labels = [...svg.matchAll(/<path aria-label="([^"]*)" font-size="[\d.]+" d="M/g)].map((m) => m[1]).join(' ');
    for (const text of [spec.title, spec.subtitle, spec.sourceLine, footer.asOf, footer.link.text, ...spec.legend.map((l) => l.label)]) {
      for (const word of text.split(' ')) expect(labels).toContain(escapeXml(word));
    }
  });

  it('links the view URL', () => {
    has(svgFor(), `<a href="${footer.link.href}"><path aria-label="${footer.link.text}"`);
  });

  it('keeps words no font here can draw as text, held to the width the layout measured', () => {
    const svg = svgFor({ spec: { ...spec, title: 'Члены ШОС, 2017' } });
    has(svg, '>Члены ШОС, 2017</text>');
    has(svg, 'font-family="Inter');
    const width = shaper.width('Члены ШОС, 2017', 22, 700);
    has(svg, `textLength="${Math.round(width * 100) / 100}" lengthAdjust="spacingAndGlyphs">Члены ШОС, 2017</text>`);
  });

  it('outlines a source line with Turkish and Cyrillic publishers once their subsets are added', async () => {
    const more = new TextShaper(await loadTestFonts(), [await loadTestSubset('latin-ext'), await loadTestSubset('cyrillic')]);
    const sourceLine = 'Source: Su Chang & Li Xinwei (2021); AVİM (Center for Eurasian Studies); Ритм Евразии (Ritm Eurasia) (2019)';
    const wide = { ...spec, sourceLine };
    const layout = layoutFrame({ spec: wide, footer, plot: plot.viewBox, size: { scale: 1 }, measure: more, lang: 'en' });
    const svg = frameSvg({ ...svgInputFor(layout, wide), shaper: more });
    hasNot(svg, '<text');
    has(svg, 'aria-label="Source: Su Chang &amp; Li Xinwei (2021); AVİM');
  });

  it('records the size each line is set at', () => {
    const svg = svgFor();
    has(svg, `<path aria-label="${escapeXml(spec.title)}" font-size="22"`);
  });

  it('falls back to text throughout when the fonts did not load', () => {
    const svg = svgFor({ shaper: undefined });
    has(svg, `>${escapeXml(spec.title)}</text>`);
    hasNot(svg, /<path aria-label/);
  });

  it('places the plot at the layout’s position and scale, clipped to its own box', () => {
    const svg = svgFor();
    has(svg, /<clipPath id="sco-export-plot-clip"><rect x="0" y="0" width="700" height="400"\/><\/clipPath>/);
    has(svg, /<g transform="translate\(24 [\d.]+\) scale\(1\)"><g clip-path="url\(#sco-export-plot-clip\)">/);
    has(svg, plot.markup);
  });

  it('leaves a plot that draws outside its box on the page unclipped', () => {
    const svg = svgFor({ plot: { ...plot, overflow: true } });
    hasNot(svg, 'clipPath');
    has(svg, plot.markup);
  });

  it('draws the legend swatches in the resolved colours, hatched ones with a pattern', () => {
    const svg = svgFor();
    has(svg, 'fill="#0f4c8a"/>');
    has(svg, /<pattern id="sco-export-hatch-0"[^>]*><rect[^>]*fill="#e69f00"/);
    has(svg, 'fill="url(#sco-export-hatch-0)" stroke="#e69f00"');
  });

  it('sizes the root in pixels for rasterising, in logical px for the SVG file', () => {
    const layout = layoutFrame({ spec, footer, plot: plot.viewBox, size: { scale: 2 }, measure: shaper, lang: 'en' });
    has(svgFor(), `width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}"`);
    has(svgFor({ pixels: true }), `width="${layout.pixelWidth}" height="${layout.pixelHeight}" viewBox="0 0 ${layout.width} ${layout.height}"`);
  });

  it('is well formed, with markup characters in the words escaped', () => {
    const svg = svgFor({ spec: { ...spec, title: 'A <b> & "c"', subtitle: 'x\u0007y' } });
    has(svg, 'A &lt;b&gt; &amp; &quot;c&quot;');
    hasNot(svg, '\u0007');
    expect(balanced(svg)).toBe(true);
  });
});
