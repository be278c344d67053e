/**
 * Terrorism statistics, 2020: from records to panels (one per metric), to a laid-out plot, to the
 * rows of its table. Pure: no React, no data imports; the page passes the records in.
 *
 * Rules a reader relies on: a panel holds one metric only; nothing is summed or ranked across
 * metrics (rows sort by country, then period, never by value); every bar carries its period and
 * its qualifier ("more than 200 · January–June 2020"); figures whose sources disagree are flagged
 * and keep the other source's value.
 */
import { TERRORISM_METRIC, type TerrorismStat } from '@/data/schema';
import { dateBounds } from '@/data/validate';
import { chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { buildSourceLine } from '@/components/frame/frameWords';
import { FLAG_TOKEN, PRIMARY_TOKEN, SECONDARY_TOKEN } from '@/components/frame/tokens';
import { formatCount } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { citedSourceIds } from '@/lib/tableCells';
import { bareNumber, claimText, countryName, inSentence, sourceNames, type ChartContext } from '../shared/chartContext';
import type { TableData } from '../shared/tableData';
import type { Tip } from '../shared/ChartInteraction';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { tipLine } from '../shared/tipLine';
import { TERRORISM_CHART_ID, type OtherClaim, type PanelOptions, type TerrorismBar, type TerrorismPanel } from './terrorismModel';
import { barWords, flagText, otherClaimText, othersText, periodText } from './terrorismWords';
import { compareIds } from '@/lib/compareIds';

export * from './terrorismModel';
export * from './terrorismLayout';
export { barName, otherClaimText, periodText } from './terrorismWords';

const METRIC_ORDER = Object.values(TERRORISM_METRIC);

/** True when a period is exactly one calendar year (1 January to 31 December). */
export function isWholeYear(period: { from: string; to: string }): boolean {
  const a = dateBounds(period.from);
  const b = dateBounds(period.to);
  if (!a || !b) return false;
  const start = new Date(a[0]);
  const end = new Date(b[1]);
  return (
    start.getUTCFullYear() === end.getUTCFullYear() &&
    start.getUTCMonth() === 0 &&
    start.getUTCDate() === 1 &&
    end.getUTCMonth() === 11 &&
    end.getUTCDate() === 31
  );
}

/** True when a period runs over more than one calendar year ("ten years to 2019"). */
export function isMultiYear(period: { from: string; to: string }): boolean {
  const a = dateBounds(period.from);
  const b = dateBounds(period.to);
  return a !== undefined && b !== undefined && new Date(a[0]).getUTCFullYear() !== new Date(b[1]).getUTCFullYear();
}

/**
 * The other sources' versions of a figure: every claim not from the figure's own (first) source,
 * except one that only repeats the figure shown. A claim that is a bare figure ("44 (committee
 * review of April 2021)") is a second value of the same count and gets its own mark; a claim
 * that words it differently ("4 terrorist acts prevented") is kept as text.
 */
export function otherClaims(stat: Pick<TerrorismStat, 'value' | 'claims' | 'sources'>, ctx: ChartContext): OtherClaim[] {
  const own = stat.sources[0]?.sourceId;
  const out: OtherClaim[] = [];
  for (const claim of stat.claims ?? []) {
    if (claim.source.sourceId === own) continue;
    const n = claim.field === 'value' ? bareNumber(claim.value) : undefined;
    if (n === stat.value) continue;
    const source = sourceNames(ctx, [claim.source.sourceId]);
    out.push({ ...(n !== undefined ? { value: n } : {}), text: claimText(claim), source });
  }
  return out;
}


function toBar(stat: TerrorismStat, byId: ReadonlyMap<string, TerrorismStat>, ctx: ChartContext): TerrorismBar {
  const { locale } = ctx;
  const t = messages(locale);
  const whole = stat.partOf === undefined ? undefined : byId.get(stat.partOf);
  const metricLabel = t.data.terrorismMetric[stat.metric];
  const bar = {
    id: stat.id,
    country: stat.country,
    countryName: countryName(ctx, stat.country),
    metric: stat.metric,
    value: stat.value,
    qualifier: stat.qualifier,
    valueText: formatCount(stat.value, stat.qualifier, undefined, locale),
    period: periodText(stat.period, locale),
    periodFrom: stat.period.from,
    periodTo: stat.period.to,
    wholeYear: isWholeYear(stat.period),
    multiYear: isMultiYear(stat.period),
    fromSeed: stat.fromSeed,
    disputed: stat.confidence === 'conflicting',
    others: otherClaims(stat, ctx),
    ...(whole
      ? {
          partOf: format(
            t.charts.terrorism.partOfValue,
            { value: formatCount(whole.value, whole.qualifier, undefined, locale), metric: inSentence(t.data.terrorismMetric[whole.metric], locale), period: periodText(whole.period, locale) },
            locale,
          ),
        }
      : {}),
    sourceIds: citedSourceIds(stat),
    ...(stat.note !== undefined ? { note: stat.note } : {}),
  };
  return { ...bar, ...barWords(bar, metricLabel, locale) };
}

/**
 * One panel per metric, in the schema's metric order, each with only that metric's figures,
 * sorted by country name and then by period: never by value. Totals over several years get a
 * panel of their own right after their metric's, so a decade's total never sets the scale of a
 * year's count.
 */
export function terrorismPanels(stats: readonly TerrorismStat[], ctx: ChartContext, options: PanelOptions): TerrorismPanel[] {
  const { locale } = ctx;
  const t = messages(locale);
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  const byId = new Map(stats.map((s) => [s.id, s]));
  const shown = stats.filter((s) => s.fromSeed || options.otherYears);
  const byCountryThenPeriod = (a: TerrorismBar, b: TerrorismBar) =>
    collator.compare(a.countryName, b.countryName) || compareIds(a.periodFrom, b.periodFrom) || compareIds(a.id, b.id);
  return METRIC_ORDER.flatMap((metric) =>
    [false, true].map((multiYear) => ({
      key: multiYear ? `${metric}-multi` : metric,
      metric,
      multiYear,
      label: multiYear ? format(t.charts.terrorism.multiYearPanel, { metric: t.data.terrorismMetric[metric] }, locale) : t.data.terrorismMetric[metric],
      metricLabel: t.data.terrorismMetric[metric],
      disputedWord: flagText(undefined, locale),
      bars: shown
        .filter((s) => s.metric === metric && isMultiYear(s.period) === multiYear)
        .map((s) => toBar(s, byId, ctx))
        .sort(byCountryThenPeriod),
    })),
  ).filter((p) => p.bars.length > 0);
}


/** The flag line of a disputed figure's tooltip: every other source's version. */
function flagLine(bar: TerrorismBar, ctx: ChartContext): string | undefined {
  if (!bar.disputed) return undefined;
  return tipLine(messages(ctx.locale).charts.terrorism.tipDisputed, othersText(bar.others, ctx.locale), ctx.locale);
}

export function terrorismTips(panels: readonly TerrorismPanel[], ctx: ChartContext): Record<string, Tip> {
  const { locale } = ctx;
  const t = messages(locale).charts.terrorism;
  const tips: Record<string, Tip> = {};
  for (const panel of panels) {
    for (const bar of panel.bars) {
      const flag = flagLine(bar, ctx);
      tips[bar.id] = {
        title: `${bar.countryName} · ${panel.metricLabel}`,
        lines: [
          tipLine(t.tipValue, bar.valueText, locale),
          tipLine(t.tipPeriod, bar.period, locale),
          ...(bar.partOf !== undefined ? [format(t.partOf, { value: bar.partOf }, locale)] : []),
          tipLine(t.tipSources, sourceNames(ctx, bar.sourceIds), locale),
          ...(bar.note !== undefined ? [tipLine(t.tipNote, bar.note, locale)] : []),
        ],
        ...(flag !== undefined ? { flag } : {}),
      };
    }
  }
  return tips;
}

// ---------------------------------------------------------------- table, frame

/** The rows as shown: one per bar, panel by panel, with every flag and the other sources' values. */
export function toRows(panels: readonly TerrorismPanel[], ctx: ChartContext): TableData {
  const { locale } = ctx;
  const t = messages(locale).charts;
  const c = t.terrorism.columns;
  return {
    caption: format(t.views.tableCaption, { title: t.terrorism.title }, locale),
    columns: [
      { key: 'metric', label: c.metric, type: 'text' },
      { key: 'country', label: c.country, type: 'text' },
      { key: 'period', label: c.period, type: 'text' },
      { key: 'value', label: c.value, type: 'number' },
      { key: 'stated', label: c.stated, type: 'text' },
      { key: 'disputed', label: c.disputed, type: 'text' },
      { key: 'otherValues', label: c.otherValues, type: 'text' },
      { key: 'partOf', label: c.partOf, type: 'text' },
      { key: 'fromArticle', label: c.fromArticle, type: 'text' },
      { key: 'sources', label: c.sources, type: 'text' },
    ],
    rows: panels.flatMap((panel) =>
      panel.bars.map((bar) => ({
        metric: panel.metricLabel,
        country: bar.countryName,
        period: bar.period,
        value: bar.value,
        stated: bar.valueText,
        disputed: bar.disputed ? t.views.yes : t.views.no,
        otherValues: bar.others.map((o) => otherClaimText(o, locale)).join('; '),
        partOf: bar.partOf ?? '',
        fromArticle: bar.fromSeed ? t.views.yes : t.views.no,
        sources: sourceNames(ctx, bar.sourceIds),
      })),
    ),
  };
}

export function terrorismLegend(otherYears: boolean, locale: Locale): LegendItem[] {
  const t = messages(locale).charts.terrorism;
  return [
    { label: t.legendYear, colorToken: PRIMARY_TOKEN, shape: 'square' },
    { label: t.legendPart, colorToken: PRIMARY_TOKEN, shape: 'hatched' },
    ...(otherYears
      ? [
          { label: t.legendOtherYears, colorToken: SECONDARY_TOKEN, shape: 'square' as const },
          { label: t.legendMultiYear, colorToken: SECONDARY_TOKEN, shape: 'dashedLine' as const },
        ]
      : []),
    { label: t.legendDisputed, colorToken: FLAG_TOKEN, shape: 'flag' },
    { label: t.legendOtherValue, colorToken: FLAG_TOKEN, shape: 'ring' },
  ];
}

/** The frame: its source line names the sources of every figure the chart can show. */
export function terrorismFrameSpec(stats: readonly TerrorismStat[], ctx: ChartContext, options: PanelOptions & { firstSourceId?: string }): FrameSpec {
  const { locale } = ctx;
  const t = messages(locale).charts.terrorism;
  const shown = stats.filter((s) => s.fromSeed || options.otherYears);
  return {
    title: t.title,
    subtitle: t.subtitle,
    legend: terrorismLegend(options.otherYears, locale),
    sourceLine: buildSourceLine(
      shown.flatMap((s) => citedSourceIds(s)),
      ctx.sources,
      options.firstSourceId !== undefined ? { firstId: options.firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
      locale,
    ),
    asOf: ctx.asOf,
    url: chartPath(TERRORISM_CHART_ID, locale),
  };
}
