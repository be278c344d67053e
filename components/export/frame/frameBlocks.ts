/**
 * The pieces a frame is built from, each laid out from a top edge at one type scale: the header
 * (title and subtitle), the legend (in rows or a column) and the footer (source line, notes,
 * "Data as of" and the link). Pure; `frameLayout.ts` arranges them around the plot.
 */
import type { FontWeight } from '../fonts/exportFont';
import type { DrawOp, LayoutInput, TextOp, TextRole } from './frameTypes';
import { swatchWidth } from './swatch';
import { wrapLines as wrapText } from '@/lib/text/wrapLines';

/** Inter's ascent and descent as fractions of the font size (hhea), to place baselines. */
export const ASCENT = 0.96875;
export const DESCENT = 0.2412;

/** Type and spacing at type scale 1 (the on-screen frame's sizes). */
export const BASE = {
  pad: 24,
  title: { size: 22, weight: 700, lineHeight: 1.25 },
  subtitle: { size: 16, weight: 400, lineHeight: 1.45 },
  legend: { size: 14, weight: 400, lineHeight: 1.45 },
  footer: { size: 13, weight: 400, lineHeight: 1.45 },
  titleGap: 6,
  headerGap: 12,
  swatchGap: 6,
  legendItemGap: 18,
  legendRowGap: 2,
  legendColumnGap: 24,
  plotGap: 16,
  ruleGap: 10,
  footerColumnGap: 24,
} as const;

export interface TextStyle {
  size: number;
  weight: FontWeight;
  lineHeight: number;
}

/** A block of lines placed from a top edge: baseline of line i. */
export function baseline(top: number, i: number, style: TextStyle): number {
  const lineBox = style.size * style.lineHeight;
  return top + i * lineBox + (lineBox - style.size * (ASCENT + DESCENT)) / 2 + style.size * ASCENT;
}

export const lineBox = (style: TextStyle) => style.size * style.lineHeight;

export function scaled(s: { size: number; weight: FontWeight | number; lineHeight: number }, k: number): TextStyle {
  return { size: s.size * k, weight: s.weight as FontWeight, lineHeight: s.lineHeight };
}

export interface Metrics {
  pad: number;
  title: TextStyle;
  subtitle: TextStyle;
  legend: TextStyle;
  footer: TextStyle;
  /** Scale of the headline type and the gaps around the body. */
  k: number;
  /** Scale of the legend and footer type and their own gaps. */
  minor: number;
}

export function metrics(k: number, minor = k): Metrics {
  return {
    pad: BASE.pad * k,
    title: scaled(BASE.title, k),
    subtitle: scaled(BASE.subtitle, k),
    legend: scaled(BASE.legend, minor),
    footer: scaled(BASE.footer, minor),
    k,
    minor,
  };
}

/** Text ops for wrapped lines from `top`; returns the ops and the block's height. */
export function textBlock(
  lines: readonly string[],
  role: TextRole,
  x: number,
  top: number,
  style: TextStyle,
  tone: TextOp['tone'],
): { ops: TextOp[]; height: number } {
  const ops = lines.map(
    (text, i): TextOp => ({ kind: 'text', role, text, x, y: baseline(top, i, style), size: style.size, weight: style.weight, tone, anchor: 'start' }),
  );
  return { ops, height: lines.length * lineBox(style) };
}

interface Header {
  ops: DrawOp[];
  height: number;
}

export function header(input: LayoutInput, m: Metrics, x: number, top: number, width: number): Header {
  const measure = (style: TextStyle) => (t: string) => input.measure.width(t, style.size, style.weight);
  const title = textBlock(wrapText(input.spec.title, width, measure(m.title), { locale: input.lang }), 'title', x, top, m.title, 'text');
  const subLines = wrapText(input.spec.subtitle, width, measure(m.subtitle), { locale: input.lang });
  const subTop = top + title.height + (subLines.length > 0 && title.height > 0 ? BASE.titleGap * m.k : 0);
  const subtitle = textBlock(subLines, 'subtitle', x, subTop, m.subtitle, 'muted');
  return { ops: [...title.ops, ...subtitle.ops], height: subTop - top + subtitle.height };
}

export interface LegendBlock {
  ops: DrawOp[];
  width: number;
  height: number;
}

/** One legend item: its swatch and label lines, laid out with its top-left at (x, top). */
export function legendItem(
  input: LayoutInput,
  m: Metrics,
  item: LayoutInput['spec']['legend'][number],
  x: number,
  top: number,
  maxWidth: number,
): LegendBlock {
  if (item.sizes !== undefined && item.sizes.length > 0) return sizeKeyItem(input, m, { ...item, sizes: item.sizes }, x, top, maxWidth);
  const style = m.legend;
  const sw = swatchWidth(item.shape, style.size);
  const gap = BASE.swatchGap * m.minor;
  const lines = wrapText(item.label, Math.max(style.size * 4, maxWidth - sw - gap), (t) => input.measure.width(t, style.size, style.weight), { locale: input.lang });
  const text = textBlock(lines, 'legend', x + sw + gap, top, style, 'text');
  const firstBaseline = baseline(top, 0, style);
  // The swatch sits centred on the first line's x-height band.
  const swatchTop = firstBaseline - style.size * 0.36 - style.size / 2;
  const labelWidth = Math.max(0, ...lines.map((l) => input.measure.width(l, style.size, style.weight)));
  return {
    ops: [{ kind: 'swatch', shape: item.shape, colorToken: item.colorToken, x, y: swatchTop, size: style.size }, ...text.ops],
    width: sw + gap + labelWidth,
    height: Math.max(1, lines.length) * lineBox(style),
  };
}

/** A swatch `size` tall draws a circle or star of radius 11/28 of it (swatch.ts): the size for radius r. */
const SWATCH_PER_RADIUS = 28 / 11;

/**
 * A size key ("Troops ● 1,000 ⬤ 10,000 · not stated"): its label, then each mark at its radius
 * (scaled with the legend's type) with its value, flowing onto more rows when they do not fit.
 * Marks and words of a row share its centre line.
 */
function sizeKeyItem(
  input: LayoutInput,
  m: Metrics,
  item: LayoutInput['spec']['legend'][number] & { sizes: NonNullable<LayoutInput['spec']['legend'][number]['sizes']> },
  x: number,
  top: number,
  maxWidth: number,
): LegendBlock {
  const style = m.legend;
  const gap = BASE.swatchGap * m.minor;
  const itemGap = (BASE.legendItemGap / 2) * m.minor;
  const k = style.size / BASE.legend.size;
  const width = (t: string) => input.measure.width(t, style.size, style.weight);
  const pieces = [
    { swatch: 0, text: item.label },
    ...item.sizes.map((size) => ({ swatch: size.r * k * SWATCH_PER_RADIUS, text: size.label })),
  ].map((p) => ({ ...p, width: (p.swatch > 0 ? p.swatch + gap : 0) + width(p.text) }));
  const rows: (typeof pieces)[] = [[]];
  let rowWidth = 0;
  for (const piece of pieces) {
    const row = rows[rows.length - 1] ?? [];
    if (row.length > 0 && rowWidth + itemGap + piece.width > maxWidth) {
      rows.push([piece]);
      rowWidth = piece.width;
    } else {
      row.push(piece);
      rowWidth += (row.length > 1 ? itemGap : 0) + piece.width;
    }
  }
  const ops: DrawOp[] = [];
  let rowTop = top;
  let widest = 0;
  for (const row of rows) {
    const height = Math.max(lineBox(style), ...row.map((p) => p.swatch));
    const centre = rowTop + height / 2;
    // The words' x-height band sits on the centre line, as in the other items.
    const textTop = centre + style.size * 0.36 - (baseline(0, 0, style) - 0);
    let cursor = x;
    row.forEach((piece, i) => {
      if (i > 0) cursor += itemGap;
      if (piece.swatch > 0) {
        ops.push({ kind: 'swatch', shape: item.shape, colorToken: item.colorToken, x: cursor, y: centre - piece.swatch / 2, size: piece.swatch });
        cursor += piece.swatch + gap;
      }
      ops.push(...textBlock([piece.text], 'legend', cursor, textTop, style, i === 0 && piece.swatch === 0 ? 'text' : 'muted').ops);
      cursor += width(piece.text);
    });
    widest = Math.max(widest, cursor - x);
    rowTop += height;
  }
  return { ops, width: widest, height: rowTop - top };
}

/** Legend items flowing left to right in rows across `width`. */
export function legendRows(input: LayoutInput, m: Metrics, x: number, top: number, width: number): LegendBlock {
  const ops: DrawOp[] = [];
  const itemGap = BASE.legendItemGap * m.minor;
  const rowGap = BASE.legendRowGap * m.minor;
  let cursorX = x;
  let rowTop = top;
  let rowHeight = 0;
  for (const item of input.spec.legend) {
    let block = legendItem(input, m, item, cursorX, rowTop, width);
    if (cursorX > x && cursorX + block.width > x + width) {
      rowTop += rowHeight + rowGap;
      cursorX = x;
      rowHeight = 0;
      block = legendItem(input, m, item, cursorX, rowTop, width);
    }
    ops.push(...block.ops);
    cursorX += block.width + itemGap;
    rowHeight = Math.max(rowHeight, block.height);
  }
  return { ops, width, height: input.spec.legend.length === 0 ? 0 : rowTop - top + rowHeight };
}

/** Legend items stacked in a column at most `maxWidth` wide. */
export function legendColumn(input: LayoutInput, m: Metrics, x: number, top: number, maxWidth: number): LegendBlock {
  const ops: DrawOp[] = [];
  let y = top;
  let width = 0;
  const gap = BASE.legendRowGap * m.minor * 3;
  for (const item of input.spec.legend) {
    const block = legendItem(input, m, item, x, y, maxWidth);
    ops.push(...block.ops);
    y += block.height + gap;
    width = Math.max(width, block.width);
  }
  return { ops, width, height: Math.max(0, y - top - gap) };
}

/** Footer lines from `top`: source, notes, then "Data as of" with the link (same line when it fits). */
export function footer(input: LayoutInput, m: Metrics, x: number, top: number, width: number): { ops: DrawOp[]; height: number } {
  const style = m.footer;
  const measure = (t: string) => input.measure.width(t, style.size, style.weight);
  const ops: TextOp[] = [];
  let line = 0;
  const push = (text: string, role: TextRole, anchor: 'start' | 'end' = 'start', sameLine = false, href?: string) => {
    const y = baseline(top, sameLine ? line - 1 : line, style);
    ops.push({ kind: 'text', role, text, x: anchor === 'start' ? x : x + width, y, size: style.size, weight: style.weight, tone: 'muted', anchor, ...(href ? { href } : {}) });
    if (!sameLine) line++;
  };
  for (const l of wrapText(input.spec.sourceLine, width, measure, { locale: input.lang })) push(l, 'source');
  for (const note of input.footer.notes) for (const l of wrapText(note, width, measure, { locale: input.lang })) push(l, 'note');
  const { asOf, link } = input.footer;
  if (asOf !== '') push(asOf, 'asOf');
  if (link.text !== '') {
    const fitsBeside = asOf !== '' && measure(asOf) + BASE.footerColumnGap * m.minor + measure(link.text) <= width;
    if (fitsBeside) push(link.text, 'link', 'end', true, link.href);
    else for (const l of wrapText(link.text, width, measure, { locale: input.lang })) push(l, 'link', 'start', false, link.href);
  }
  return { ops, height: line * lineBox(style) };
}
