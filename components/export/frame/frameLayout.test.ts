import { beforeAll, describe, expect, it } from 'vitest';
import type { FrameSpec } from '@/components/frame/frameSpec';
import { loadTestFonts } from '../fonts/testFonts';
import { TextShaper } from '../fonts/textShaper';
import { FIXED_LOGICAL_WIDTH, layoutFrame, MIN_NATURAL_WIDTH, type FrameLayout, type LayoutInput, type TextOp } from './frameLayout';

let shaper: TextShaper;
beforeAll(async () => {
  shaper = new TextShaper(await loadTestFonts());
});

const spec: FrameSpec = {
  title: 'Terrorism statistics, 2020: what each country counted',
  subtitle:
    'Countries report different things over different periods, so each panel shows one measure on its own scale. Compare only within a panel, and read the period on each bar.',
  legend: [
    { label: 'Whole year 2020', colorToken: '--series-1', shape: 'square' },
    { label: 'Part of 2020 (period on the bar)', colorToken: '--series-1', shape: 'hatched' },
    { label: 'Other years, other sources', colorToken: '--series-6', shape: 'square' },
    { label: 'Disputed: sources disagree', colorToken: '--color-warning-text', shape: 'flag' },
    { label: 'Value in another source', colorToken: '--color-warning-text', shape: 'ring' },
  ],
  sourceLine: 'Source: Su Chang & Li Xinwei (2021); TASS (2020, 2021); Kazinform (2021)',
  asOf: '2025-09-01',
  url: '/charts/terrorism-2020/',
};

function input(over: Partial<LayoutInput> = {}): LayoutInput {
  return {
    spec,
    footer: {
      asOf: 'Data as of 1 September 2025',
      link: { text: 'sco-atlas.example/charts/terrorism-2020/', href: 'https://sco-atlas.example/charts/terrorism-2020/' },
      notes: [],
    },
    plot: { width: 800, height: 420 },
    size: { scale: 2 },
    measure: shaper,
    lang: 'en',
    ...over,
  };
}

const texts = (layout: FrameLayout, role?: TextOp['role']) =>
  layout.ops.filter((o): o is TextOp => o.kind === 'text' && (role === undefined || o.role === role));

/** Left and right edge of a text op as drawn. */
function extent(op: TextOp): [number, number] {
  const w = shaper.width(op.text, op.size, op.weight);
  return op.anchor === 'start' ? [op.x, op.x + w] : [op.x - w, op.x];
}

describe('layoutFrame at a scale (1×, 2×, 4×)', () => {
  it('keeps the on-screen plot size, and multiplies only the pixels', () => {
    const one = layoutFrame(input({ size: { scale: 1 } }));
    const four = layoutFrame(input({ size: { scale: 4 } }));
    expect(one.width).toBe(800 + 48);
    expect(one.plot.scale).toBe(1);
    expect(one.plot.width).toBe(800);
    expect([one.pixelWidth, one.pixelHeight]).toEqual([one.width, one.height]);
    expect([four.pixelWidth, four.pixelHeight]).toEqual([one.width * 4, one.height * 4]);
    expect(four.ops).toEqual(one.ops);
  });

  it('wraps the title and subtitle to the width, every line inside the margins', () => {
    const layout = layoutFrame(input({ plot: { width: 480, height: 300 } }));
    expect(layout.width).toBe(MIN_NATURAL_WIDTH);
    const title = texts(layout, 'title');
    expect(title.length).toBeGreaterThan(1);
    expect(title.map((t) => t.text).join(' ')).toBe(spec.title);
    expect(texts(layout, 'subtitle').map((t) => t.text).join(' ')).toBe(spec.subtitle);
    for (const op of texts(layout)) {
      const [left, right] = extent(op);
      expect(left).toBeGreaterThanOrEqual(24 - 0.01);
      expect(right).toBeLessThanOrEqual(layout.width - 24 + 0.01);
    }
  });

  it('widens a narrow plot to the minimum width instead of leaving it small', () => {
    const layout = layoutFrame(input({ plot: { width: 320, height: 240 } }));
    expect(layout.plot.width).toBe(MIN_NATURAL_WIDTH - 48);
    expect(layout.plot.height).toBeCloseTo(240 * ((MIN_NATURAL_WIDTH - 48) / 320), 5);
  });

  it('flows legend items into rows in their order, a swatch before each label', () => {
    const layout = layoutFrame(input({ plot: { width: 520, height: 300 } }));
    const labels = texts(layout, 'legend');
    expect(labels.map((l) => l.text)).toEqual(spec.legend.map((l) => l.label));
    const rows = new Set(labels.map((l) => Math.round(l.y)));
    expect(rows.size).toBeGreaterThan(1);
    // Reading order: row by row, left to right.
    const sorted = [...labels].sort((a, b) => a.y - b.y || a.x - b.x);
    expect(sorted.map((l) => l.text)).toEqual(spec.legend.map((l) => l.label));
    const swatches = layout.ops.filter((o) => o.kind === 'swatch');
    expect(swatches).toHaveLength(spec.legend.length);
    swatches.forEach((s, i) => expect(s.x).toBeLessThan(labels[i]?.x ?? 0));
  });

  it('stacks header, legend, plot and footer without overlap', () => {
    const layout = layoutFrame(input());
    const bottomOf = (ops: TextOp[]) => Math.max(...ops.map((o) => o.y + o.size * 0.25));
    const topOf = (ops: TextOp[]) => Math.min(...ops.map((o) => o.y - o.size));
    expect(bottomOf(texts(layout, 'subtitle'))).toBeLessThan(topOf(texts(layout, 'legend')));
    expect(bottomOf(texts(layout, 'legend'))).toBeLessThan(layout.plot.y);
    expect(layout.plot.y + layout.plot.height).toBeLessThan(topOf(texts(layout, 'source')));
    expect(bottomOf(texts(layout, 'link'))).toBeLessThan(layout.height);
  });

  it('puts the link beside "Data as of" when both fit, else under it', () => {
    const wide = layoutFrame(input());
    const [asOf] = texts(wide, 'asOf');
    const [link] = texts(wide, 'link');
    expect(link?.y).toBe(asOf?.y);
    expect(link?.anchor).toBe('end');
    const narrow = layoutFrame(
      input({
        plot: { width: 300, height: 200 },
        footer: { asOf: 'Data as of 1 September 2025', link: { text: 'a'.repeat(60), href: 'x' }, notes: ['Boundaries are not endorsed.'] },
      }),
    );
    expect(texts(narrow, 'link')[0]?.y).toBeGreaterThan(texts(narrow, 'asOf')[0]?.y ?? Infinity);
    expect(texts(narrow, 'note').map((t) => t.text)).toEqual(['Boundaries are not endorsed.']);
  });
});

describe('layoutFrame at a fixed size (slides)', () => {
  it('lays 1920×1080 and 1200×675 out on the same 1280×720 canvas', () => {
    const big = layoutFrame(input({ size: { width: 1920, height: 1080 } }));
    const small = layoutFrame(input({ size: { width: 1200, height: 675 } }));
    expect([big.width, big.height]).toEqual([FIXED_LOGICAL_WIDTH, 720]);
    expect([big.pixelWidth, big.pixelHeight]).toEqual([1920, 1080]);
    expect([small.pixelWidth, small.pixelHeight]).toEqual([1200, 675]);
    expect(small.ops).toEqual(big.ops);
  });

  it('fills the canvas: the plot takes the room between header and footer, the footer sits at the bottom', () => {
    const layout = layoutFrame(input({ size: { width: 1920, height: 1080 } }));
    const pad = 24 * layout.typeScale;
    const contentWidth = layout.width - 2 * pad;
    const legendBottom = Math.max(...texts(layout, 'legend').map((t) => t.y));
    const sourceTop = Math.min(...texts(layout, 'source').map((t) => t.y - t.size));
    const boxHeight = sourceTop - legendBottom;
    // Bound by the width or by the height: one of them is (nearly) used up.
    expect(layout.plot.width >= contentWidth * 0.98 || layout.plot.height >= boxHeight * 0.85).toBe(true);
    expect(layout.plot.width * layout.plot.height).toBeGreaterThan(layout.width * layout.height * 0.4);
    const lastBaseline = Math.max(...texts(layout).map((t) => t.y));
    expect(lastBaseline).toBeGreaterThan(layout.height - pad - 16 * layout.typeScale);
    expect(lastBaseline).toBeLessThan(layout.height - pad);
    // Type is larger than on screen: it is read from across a room.
    expect(texts(layout, 'title')[0]?.size).toBeGreaterThan(22);
  });

  it('moves the legend into a column beside a plot a little too tall for rows above it', () => {
    const layout = layoutFrame(input({ plot: { width: 1000, height: 560 }, size: { width: 1920, height: 1080 } }));
    expect(layout.legendPlacement).toBe('right');
    const legend = texts(layout, 'legend');
    for (const l of legend) expect(l.x).toBeGreaterThan(layout.plot.x + layout.plot.width);
    expect(layout.plot.y).toBeLessThanOrEqual(Math.min(...legend.map((l) => l.y)));
    const onTop = layoutFrame(input({ spec: { ...spec, legend: [] }, plot: { width: 1000, height: 560 }, size: { width: 1920, height: 1080 } }));
    expect(layout.plot.height).toBeGreaterThan(onTop.plot.height * 0.9);
  });

  it.each([
    ['a timeline', { width: 900, height: 1300 }],
    ['the map', { width: 960, height: 760 }],
  ])('sets a plot taller than the slide allows (%s) beside a column of title, legend and footer', (_, plot) => {
    const layout = layoutFrame(input({ plot, size: { width: 1920, height: 1080 } }));
    expect(layout.legendPlacement).toBe('side');
    const words = texts(layout);
    const columnRight = Math.max(...words.map((t) => extent(t)[1]));
    expect(columnRight).toBeLessThan(layout.plot.x);
    // The plot runs (nearly) the full height between the margins.
    const pad = 24 * layout.typeScale;
    expect(layout.plot.height).toBeGreaterThan((layout.height - 2 * pad) * 0.85);
    // Every word is inside the canvas, the footer at its foot.
    for (const t of words) expect(t.y).toBeLessThan(layout.height - pad + 0.01);
    expect(Math.max(...texts(layout, 'link').map((t) => t.y))).toBeGreaterThan(layout.height - pad - 20 * layout.typeScale);
  });

  it('keeps legend and footer in proportion to a plot shrunk to fit the slide', () => {
    const tall = { width: 960, height: 900 };
    const plain = layoutFrame(input({ plot: tall, size: { width: 1920, height: 1080 } }));
    const balanced = layoutFrame(input({ plot: tall, plotTextSize: 11, size: { width: 1920, height: 1080 } }));
    const legendSize = (l: FrameLayout) => texts(l, 'legend')[0]?.size ?? 0;
    // Without knowing the labels' size the legend is slide-sized (keys at most 1.05× on a slide,
    // the headline 1.25×); knowing it, the legend follows the plot.
    expect(legendSize(plain)).toBeCloseTo(14 * 1.05, 5);
    expect(texts(plain, 'title')[0]?.size).toBeCloseTo(22 * 1.25, 5);
    expect(legendSize(balanced)).toBeLessThan(legendSize(plain));
    // …never below the size at which the footer (13 px on screen) is still 11 px.
    expect(legendSize(balanced)).toBeLessThanOrEqual(Math.max((14 * 11) / 13, 11 * balanced.plot.scale * 1.35) + 0.01);
    expect(Math.min(...texts(balanced).map((t) => t.size))).toBeGreaterThanOrEqual(11 - 0.01);
    expect(texts(balanced, 'source')[0]?.size).toBeLessThan(texts(plain, 'source')[0]?.size ?? 0);
    // The headline stays slide-sized, and the plot gains the room the smaller words left.
    expect(texts(balanced, 'title')[0]?.size).toBe(texts(plain, 'title')[0]?.size);
    expect(balanced.plot.scale).toBeGreaterThanOrEqual(plain.plot.scale);
  });

  it('keeps a wide plot under a legend row across the full width', () => {
    const layout = layoutFrame(input({ plot: { width: 1400, height: 400 }, size: { width: 1920, height: 1080 } }));
    expect(layout.legendPlacement).toBe('top');
    expect(layout.plot.width).toBeCloseTo(layout.width - 2 * 24 * layout.typeScale, 5);
  });

  it('shrinks the type when a long text would leave the plot too little room', () => {
    const long = { ...spec, subtitle: `${spec.subtitle} `.repeat(8) };
    const layout = layoutFrame(input({ spec: long, plot: { width: 900, height: 700 }, size: { width: 1920, height: 1080 } }));
    expect(layout.typeScale).toBeLessThan(FIXED_LOGICAL_WIDTH / 1024);
    expect(layout.plot.height).toBeGreaterThan(0);
    const last = Math.max(...texts(layout).map((t) => t.y));
    expect(last).toBeLessThan(layout.height);
  });

  it('refuses a plot without a size rather than drawing a blank', () => {
    expect(() => layoutFrame(input({ plot: { width: 0, height: 300 } }))).toThrow();
  });
});
