/**
 * The terrorism 2020 chart's layout for any width: panels in one column below 700 px, two from
 * there, rows of bars inside each. Pure; bundled with the plot, which lays itself out at its
 * column's width.
 */
import type { Qualifier, TerrorismMetric } from '@/data/schema';
import { boxOf, SIZE_BOX, type ChartBox, type ChartSize } from '../shared/sizes';
import type { SiteLocale } from '@/lib/messages/locales';
import { STRONG, textWidth, wrapText } from '../shared/textWidth';
import type { TerrorismBar, TerrorismPanel } from './terrorismModel';

export type { ChartSize } from '../shared/sizes';

/** The presets; a slide takes the full layout, which a 16:9 slide shows larger than on screen. */
export const TERRORISM_BOXES: Readonly<Record<ChartSize, ChartBox>> = { ...SIZE_BOX, slide: SIZE_BOX.full };

/** Two columns of panels from this width. */
const TWO_COLUMNS_FROM = 700;

const FONT = 13;
/** Panel titles. */
const TITLE_FONT = 14;
/** Below the last bar: room for the descenders of its flag. */
const DESCENT = 4;
const HEADER = 30;
const LINE = 18;
const BAR_H = 12;
const ROW_GAP = 12;
const PANEL_GAP = 22;
const COLUMN_GAP = 28;
/** The dashed "more than" extension beyond a bar's end. */
const EXTENSION = 16;
/** Gap between a bar (or its ring) and the "⚑ disputed" flag. */
const FLAG_GAP = 10;
/** The flag's glyph and its word, at 12px. */
const flagWidth = (text: string) => 13 + textWidth(text, 12, STRONG);

export interface BarLayout {
  id: string;
  name: string;
  /** Top of the row; text lines start here. */
  y: number;
  height: number;
  /** Text lines, each `{ text, bold }` (country name first on the row's first line). */
  lines: { parts: { text: string; bold: boolean }[] }[];
  barY: number;
  barWidth: number;
  /** End of the dashed extension of a "more than"/"at least" bar (else equals barWidth). */
  extendTo: number;
  wholeYear: boolean;
  multiYear: boolean;
  fromSeed: boolean;
  disputed: boolean;
  /** x of the other source's value, when one differs. */
  otherX?: number;
  flagX: number;
  /** What the flag says: "disputed", with the other source's number beside it. */
  flagText: string;
}

export interface PanelLayout {
  key: string;
  metric: TerrorismMetric;
  title: string;
  /** The title as drawn: wrapped to the panel's width. */
  titleLines: string[];
  /** Where the panel's axis line starts, under its title. */
  axisTop: number;
  x: number;
  y: number;
  width: number;
  height: number;
  bars: BarLayout[];
}

export interface TerrorismLayout {
  width: number;
  height: number;
  panels: PanelLayout[];
}

const OPEN_ENDED: ReadonlySet<Qualifier> = new Set(['moreThan', 'atLeast']);

function layoutPanel(panel: TerrorismPanel, width: number, locale: SiteLocale): Omit<PanelLayout, 'x' | 'y'> {
  const otherOf = (bar: TerrorismBar) => bar.others.find((o) => o.value !== undefined && o.value !== bar.value)?.value;
  const widestFlag = Math.max(flagWidth(panel.disputedWord), ...panel.bars.filter((b) => b.disputed).map((b) => flagWidth(b.flagText)));
  const barMax = width - EXTENSION - FLAG_GAP - widestFlag - 4;
  const max = Math.max(1, ...panel.bars.flatMap((b) => [b.value, ...b.others.flatMap((o) => (o.value === undefined ? [] : [o.value]))]));
  const scale = (v: number) => (v / max) * barMax;
  const titleLines = wrapText(panel.label, width, TITLE_FONT, 2, locale, STRONG);
  const extra = (titleLines.length - 1) * LINE;
  let y = HEADER + extra;
  const bars: BarLayout[] = [];
  panel.bars.forEach((bar, i) => {
    const firstOfCountry = panel.bars[i - 1]?.country !== bar.country;
    const label = bar.label;
    const namePart = { text: bar.countryName, bold: true };
    const labelPart = { text: label, bold: false };
    // As drawn: the name in bold, an em space, the label (TerrorismPlot).
    const oneLine = 6 + textWidth(bar.countryName, FONT, STRONG) + textWidth(`\u2003${label}`, FONT) <= width;
    const lines = !firstOfCountry
      ? [{ parts: [labelPart] }]
      : oneLine
        ? [{ parts: [namePart, labelPart] }]
        : [{ parts: [namePart] }, { parts: [labelPart] }];
    const barY = y + lines.length * LINE + 4;
    const barWidth = Math.max(1.5, scale(bar.value));
    const extendTo = OPEN_ENDED.has(bar.qualifier) ? barWidth + EXTENSION : barWidth;
    const otherValue = otherOf(bar);
    const otherX = otherValue !== undefined ? scale(otherValue) : undefined;
    bars.push({
      id: bar.id,
      name: bar.name,
      y,
      height: barY + BAR_H - y,
      lines,
      barY,
      barWidth,
      extendTo,
      wholeYear: bar.wholeYear,
      multiYear: bar.multiYear,
      fromSeed: bar.fromSeed,
      disputed: bar.disputed,
      ...(otherX !== undefined ? { otherX } : {}),
      flagX: Math.max(extendTo, (otherX ?? 0) + 6) + FLAG_GAP,
      flagText: bar.flagText,
    });
    y = barY + BAR_H + ROW_GAP;
  });
  return { key: panel.key, metric: panel.metric, title: panel.label, titleLines, axisTop: 24 + extra, width, height: y - ROW_GAP + DESCENT, bars };
}

/**
 * Panels laid out in columns (each placed in the shortest column so far), rows inside each. Panel
 * titles wrap as `locale` breaks lines (the default serves callers that do not pass one yet).
 */
export function terrorismLayout(panels: readonly TerrorismPanel[], size: ChartSize | ChartBox, locale: SiteLocale): TerrorismLayout {
  const { width } = boxOf(size, TERRORISM_BOXES);
  const columns = width >= TWO_COLUMNS_FROM ? 2 : 1;
  const panelWidth = (width - COLUMN_GAP * (columns - 1)) / columns;
  const heights = new Array<number>(columns).fill(0);
  const placed: PanelLayout[] = [];
  for (const panel of panels) {
    const col = heights.indexOf(Math.min(...heights));
    const laid = layoutPanel(panel, panelWidth, locale);
    const y = heights[col] ?? 0;
    placed.push({ ...laid, x: col * (panelWidth + COLUMN_GAP), y });
    heights[col] = y + laid.height + PANEL_GAP;
  }
  return { width, height: Math.max(40, Math.max(...heights) - PANEL_GAP), panels: placed };
}

