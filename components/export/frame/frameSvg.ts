/**
 * The exported image as one standalone SVG document: background, the frame's words as glyph
 * outlines (so the file looks the same without our fonts, in Inkscape, Illustrator or
 * PowerPoint), legend swatches, the captured plot scaled into its place, and the words again as
 * <title>, <desc> and aria-labels so the file stays searchable and accessible.
 *
 * Pure string building: the DOM side (capturePlot.ts) supplies the plot's markup and the
 * resolved colours.
 */
import { legendWords, type FrameSpec } from '@/components/frame/frameSpec';
import type { ColorToken } from '@/components/frame/tokens';
import type { TextMeasure, TextShaper } from '../fonts/textShaper';
import type { DrawOp, FrameFooter, FrameLayout, TextOp } from './frameLayout';
import { hatchPattern, swatchSvg } from './swatch';

export interface FramePalette {
  background: string;
  text: string;
  muted: string;
  rule: string;
}

/** The plot as captured: its content (already self-contained SVG) and its coordinate box. */
export interface PlotMarkup {
  markup: string;
  viewBox: { x: number; y: number; width: number; height: number };
  /** The plot draws outside its box on the page (`overflow: visible`): do not clip it. */
  overflow?: boolean;
  /** The median font size of the plot's labels, in plot units (none when it has no text). */
  textSize?: number;
}

export interface FrameSvgInput {
  layout: FrameLayout;
  spec: Pick<FrameSpec, 'title' | 'subtitle' | 'legend' | 'sourceLine'>;
  footer: FrameFooter;
  plot: PlotMarkup;
  palette: FramePalette;
  /** A legend token's colour (resolved from the page's CSS, never a var()). */
  color: (token: ColorToken) => string;
  /** Draws words as outlines; without it (fonts failed to load) they stay <text> in Inter. */
  shaper?: TextShaper;
  /**
   * The widths the layout was made with (the shaper, else the page's fonts). Words that stay
   * <text> are held to that width (`textLength`), so a wider fallback font cannot run past the
   * frame.
   */
  measure?: TextMeasure;
  /** Size the root in device pixels (for rasterising) instead of logical px. */
  pixels?: boolean;
  /** Language of the words (the `lang` attribute). */
  lang?: string;
  /** "Legend" before the legend labels in <desc>. */
  legendLabel: string;
}

export const ID_PREFIX = 'sco-export';
const FONT_STACK = "Inter, 'Helvetica Neue', Helvetica, Arial, sans-serif";

/** Text safe inside XML elements and attribute values (and no control characters). */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * One line of the frame: an outline labelled with its words and the size they are set at, or,
 * where no font here has a glyph (CJK), <text> held to the measured width.
 */
function textSvg(op: TextOp, fill: string, shaper: TextShaper | undefined, measure: TextMeasure | undefined): string {
  const label = escapeXml(op.text);
  let body: string;
  if (shaper && shaper.covers(op.text, op.weight)) {
    const d = shaper.path(op.text, op.x, op.y, op.size, op.weight, op.anchor);
    body = `<path aria-label="${label}" font-size="${n(op.size)}" d="${d}" fill="${fill}"/>`;
  } else {
    const width = (shaper ?? measure)?.width(op.text, op.size, op.weight);
    const length = width !== undefined && width > 0 ? ` textLength="${n(width)}" lengthAdjust="spacingAndGlyphs"` : '';
    body =
      `<text x="${n(op.x)}" y="${n(op.y)}" font-family="${FONT_STACK}" font-size="${n(op.size)}" ` +
      `font-weight="${op.weight}" fill="${fill}"${op.anchor === 'end' ? ' text-anchor="end"' : ''}${length}>${label}</text>`;
  }
  return op.href ? `<a href="${escapeXml(op.href)}">${body}</a>` : body;
}

function opSvg(op: DrawOp, input: FrameSvgInput, hatchIds: Map<ColorToken, string>): string {
  switch (op.kind) {
    case 'text':
      return textSvg(op, op.tone === 'muted' ? input.palette.muted : input.palette.text, input.shaper, input.measure);
    case 'swatch':
      return swatchSvg(op.shape, op.x, op.y, op.size, input.color(op.colorToken), hatchIds.get(op.colorToken) ?? '');
    case 'rule':
      return `<path d="M${n(op.x1)} ${n(op.y)}H${n(op.x2)}" stroke="${input.palette.rule}" stroke-width="${n(op.width)}"/>`;
  }
}

/** What <desc> says: every word of the frame besides the title, one item per line. */
function description(input: FrameSvgInput): string {
  const legend = input.spec.legend.map((l) => legendWords(l).join(' ')).join('; ');
  return [
    input.spec.subtitle,
    legend === '' ? '' : `${input.legendLabel}: ${legend}`,
    input.spec.sourceLine,
    ...input.footer.notes,
    input.footer.asOf,
    input.footer.link.href,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export function frameSvg(input: FrameSvgInput): string {
  const { layout, plot, palette } = input;
  const hatchIds = new Map<ColorToken, string>();
  const defs: string[] = [];
  for (const op of layout.ops) {
    if (op.kind === 'swatch' && op.shape === 'hatched' && !hatchIds.has(op.colorToken)) {
      const id = `${ID_PREFIX}-hatch-${hatchIds.size}`;
      hatchIds.set(op.colorToken, id);
      defs.push(hatchPattern(id, input.color(op.colorToken), op.size));
    }
  }
  const vb = plot.viewBox;
  const clipId = `${ID_PREFIX}-plot-clip`;
  if (!plot.overflow) {
    defs.push(`<clipPath id="${clipId}"><rect x="${n(vb.x)}" y="${n(vb.y)}" width="${n(vb.width)}" height="${n(vb.height)}"/></clipPath>`);
  }
  const p = layout.plot;
  const k = p.scale;
  const inner = [plot.overflow ? '' : ` clip-path="url(#${clipId})"`, vb.x !== 0 || vb.y !== 0 ? ` transform="translate(${n(-vb.x)} ${n(-vb.y)})"` : ''].join('');
  const plotSvg =
    `<g transform="translate(${n(p.x)} ${n(p.y)}) scale(${Math.round(k * 10000) / 10000})">` +
    `<g${inner}>${plot.markup}</g></g>`;
  const width = input.pixels ? layout.pixelWidth : layout.width;
  const height = input.pixels ? layout.pixelHeight : layout.height;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${layout.width} ${layout.height}" ` +
    `role="img" aria-labelledby="${ID_PREFIX}-title ${ID_PREFIX}-desc"${input.lang ? ` lang="${escapeXml(input.lang)}"` : ''}>` +
    `<title id="${ID_PREFIX}-title">${escapeXml(input.spec.title)}</title>` +
    `<desc id="${ID_PREFIX}-desc">${escapeXml(description(input))}</desc>` +
    `<defs>${defs.join('')}</defs>` +
    `<rect width="${layout.width}" height="${layout.height}" fill="${palette.background}"/>` +
    layout.ops.map((op) => opSvg(op, input, hatchIds)).join('') +
    plotSvg +
    '</svg>\n'
  );
}
